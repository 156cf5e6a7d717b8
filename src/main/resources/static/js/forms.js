// Forms: the error summary takes focus, so keyboard and screen-reader users land on what went wrong;
// a form with data-confirm asks before it does something that cannot be undone (the text says what happens).
// The text comes from the submit button's data-confirm, else the checked option's (input[data-confirm]:checked,
// e.g. "approve and publish", so sending back asks nothing: the form then has data-confirm=""), else the form's.
(function () {
  'use strict';
  function init() {
    var summary = document.querySelector('[data-error-summary]');
    if (summary) { summary.focus(); }
    document.querySelectorAll('form[data-confirm]').forEach(function (form) {
      form.addEventListener('submit', function (event) {
        var submitter = event.submitter;
        var chosen = form.querySelector('input[data-confirm]:checked');
        var text = (submitter && submitter.dataset.confirm) || (chosen && chosen.dataset.confirm) || form.dataset.confirm;
        if (text && !window.confirm(text)) { event.preventDefault(); }
      });
    });
  }
  // a page shown by upload.js (document.write) may run this after DOMContentLoaded has passed
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
