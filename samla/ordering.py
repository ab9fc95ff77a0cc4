"""Moving an item one place up or down in an ordered list (activities, sections)."""


def move(siblings: list, pk: int, step: int) -> list:
    """Swap the item ``pk`` with its neighbour ``step`` (-1 up, +1 down) away and
    number the list 1…n again; returns the items whose position changed."""
    index = next(i for i, item in enumerate(siblings) if item.pk == pk)
    target = index + step
    if not 0 <= target < len(siblings):
        return []
    siblings[index], siblings[target] = siblings[target], siblings[index]
    changed = []
    for position, item in enumerate(siblings, start=1):
        if item.position != position:
            item.position = position
            changed.append(item)
    return changed
