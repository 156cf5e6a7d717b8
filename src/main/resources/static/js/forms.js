// Forms: the error summary takes focus, so keyboard and screen-reader users land on what went wrong;
// a form with data-confirm asks before it does something that cannot be undone (the text says what happens).
document.addEventListener('DOMContentLoaded', function () {
  var summary = document.querySelector('[data-error-summary]');
  if (summary) { summary.focus(); }
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      var submitter = event.submitter;
      var text = (submitter && submitter.dataset.confirm) || form.dataset.confirm;
      if (text && !window.confirm(text)) { event.preventDefault(); }
    });
  });
});
