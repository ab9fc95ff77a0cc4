"""Checks of the headings on a page, run in the browser (page.evaluate)."""

# Every place where a line of a heading ends inside a word, as "Tillgänglighetsredogör|else":
# Chromium may have no Swedish hyphenation dictionary, so a long compound breaks
# without a hyphen unless it fits or carries a soft hyphen. A break after a hyphen
# of the text is allowed ("NOSAM-|gruppen"), but never inside an ISO date ("2026-12-|07").
BROKEN_WORDS = """() => {
  const broken = [];
  for (const h of document.querySelectorAll('main :is(h1, h2, h3)')) {
    const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
    const chars = [];
    for (let node; (node = walker.nextNode()); ) {
      // Between two elements ("…slutenvård<small class="d-block">Fortsättning…"): not a word.
      chars.push({ ch: '\\n', rect: null });
      for (let i = 0; i < node.data.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        // A character at a line break also has an empty box at the end of the line before.
        const rect = [...range.getClientRects()].sort((a, b) => b.width - a.width)[0];
        chars.push({ ch: node.data[i], rect });
      }
    }
    const text = chars.map((c) => c.ch).join('');
    let last = -1;
    for (let i = 0; i < chars.length; i++) {
      const { ch, rect } = chars[i];
      if (!rect || /[\\s\\u00ad]/.test(ch)) continue;
      const before = last >= 0 ? chars[last].rect : null;
      if (before && rect.top > before.top + before.height / 2
          && !/[\\s\\u00ad]/.test(text.slice(last + 1, i))) {
        const start = text.slice(0, i).search(/\\S*$/);
        const end = i + text.slice(i).search(/\\s|$/);
        const word = text.slice(start, end);
        if (!/[-\\u2010\\u2013]/.test(chars[last].ch) || /\\d{4}-\\d\\d-\\d\\d/.test(word)) {
          broken.push(`${text.slice(start, i)}|${text.slice(i, end)}`);
        }
      }
      last = i;
    }
  }
  return broken;
}"""

# ISO dates of headings that may break at their hyphens: any not inside an
# element that keeps its text on one line (whatever the width of the screen).
DATES_NOT_KEPT_WHOLE = """() => {
  const loose = [];
  for (const h of document.querySelectorAll('main :is(h1, h2, h3)')) {
    const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
    for (let node; (node = walker.nextNode()); ) {
      const whole = ['nowrap', 'pre'].includes(getComputedStyle(node.parentElement).whiteSpace);
      for (const date of node.data.match(/\\d{4}-\\d\\d-\\d\\d/g) || []) {
        if (!whole) loose.push(`${h.tagName}: ${date}`);
      }
    }
  }
  return loose;
}"""
