// Which of Bootstrap's rules static/css/samla.css keeps (make css): those whose
// class names appear in a template or in Python code that renders markup.
module.exports = {
  content: [
    "templates/**/*.html",
    "{samla,nosam,plans,deviations,reports,website}/**/*.py",
    ".venv/lib/python3*/site-packages/crispy_bootstrap5/templates/bootstrap5/**/*.html",
  ],
  css: ["var/build/samla.css"],
  output: "static/css/samla.css",
  // Class names put together in templates ("status-{{ status }}", "alert-{{ tag }}").
  safelist: {
    standard: [/^status-/, /^flag-/, /^row-/, /^alert-/, /^text-bg-/, /^htmx-/, /^is-invalid/],
    greedy: [/^invalid-feedback/],
  },
  variables: true,
  keyframes: true,
};
