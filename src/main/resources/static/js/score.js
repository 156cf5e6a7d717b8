// The score form (review/tasks.html :: score): the progress line follows the choices, each criterion's
// "open page N" link follows its page field, and Enter in a one-line field never sends the final scores
// (only the send button does, after its confirmation in forms.js).
document.addEventListener('DOMContentLoaded', function () {
  var form = document.querySelector('form[data-score-form]');
  if (!form) { return; }

  var progress = document.getElementById('score-progress');
  function updateProgress() {
    var groups = form.querySelectorAll('[data-criterion]');
    var scored = 0;
    groups.forEach(function (group) {
      if (group.querySelector('input[type=radio]:checked')) { scored++; }
    });
    progress.textContent = progress.dataset.template.replace('{n}', scored).replace('{total}', groups.length);
  }
  form.addEventListener('change', function (event) {
    if (event.target.type === 'radio') { updateProgress(); }
  });

  form.querySelectorAll('input[data-pages]').forEach(function (input) {
    var link = document.getElementById(input.dataset.pages);
    input.addEventListener('input', function () {
      var page = /[0-9]{1,5}/.exec(input.value);
      if (page) {
        link.href = link.dataset.base + '#page=' + page[0];
        link.textContent = link.dataset.template.replace('{n}', page[0]);
        link.hidden = false;
      } else {
        link.hidden = true;
      }
    });
  });

  form.addEventListener('keydown', function (event) {
    var target = event.target;
    if (event.key === 'Enter' && target.tagName === 'INPUT' && target.type !== 'submit' && target.type !== 'button') {
      event.preventDefault();
    }
  });
});
