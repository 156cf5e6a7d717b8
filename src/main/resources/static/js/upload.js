/*
 * Two small safeguards for forms, no build step:
 * - form[data-upload]: sends the form with XMLHttpRequest to show upload progress for large reports, refuses a
 *   file over the cap before sending it, and shows the server's answer as the new page;
 * - form[data-once]: disables its buttons once submitted, so a double click sends it once.
 * Without JavaScript both forms still work; the server's one-time token guards against double submission anyway.
 */
(function () {
  'use strict';

  function buttons(form, disabled) {
    form.querySelectorAll('button[type=submit], input[type=submit]').forEach(function (b) { b.disabled = disabled; });
  }

  function say(form, text, isError) {
    var status = form.querySelector('.upload-status');
    if (status) {
      status.textContent = text || '';
      status.classList.toggle('error-text', !!isError);
    }
  }

  function showPage(xhr) {
    // the answer is a whole page (the study, the form with its errors, or an error page): show it as if navigated
    document.open();
    document.write(xhr.responseText);
    document.close();
    if (xhr.responseURL && window.history && history.replaceState) {
      history.replaceState(null, '', xhr.responseURL);
    }
  }

  function upload(form) {
    var file = form.querySelector('input[type=file]');
    var max = Number(form.dataset.maxBytes || 0);
    if (file && file.files && file.files.length && max && file.files[0].size > max) {
      say(form, form.dataset.tooLarge, true);
      return;
    }
    var bar = form.querySelector('progress');
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    var csrf = form.querySelector('input[name=_csrf]');
    if (csrf) {
      // lets the server check the token without first reading the whole multipart body
      xhr.setRequestHeader('X-CSRF-TOKEN', csrf.value);
    }
    xhr.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable && bar) {
        var percent = Math.floor(e.loaded * 100 / e.total);
        bar.hidden = false;
        bar.value = percent;
        say(form, percent + '%');
      }
    });
    xhr.upload.addEventListener('load', function () { say(form, form.dataset.checking); });
    xhr.addEventListener('load', function () {
      if (xhr.status === 413) {
        say(form, form.dataset.tooLarge, true);
        reset();
      } else {
        showPage(xhr);
      }
    });
    xhr.addEventListener('error', function () {
      say(form, form.dataset.failed, true);
      reset();
    });
    function reset() {
      delete form.dataset.sending;
      buttons(form, false);
      if (bar) { bar.hidden = true; }
    }
    form.dataset.sending = 'true';
    buttons(form, true);
    xhr.send(new FormData(form));
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement)) {
      return;
    }
    if (form.hasAttribute('data-upload') && window.FormData && window.XMLHttpRequest) {
      event.preventDefault();
      if (!form.dataset.sending) {
        upload(form);
      }
    } else if (form.hasAttribute('data-once')) {
      if (form.dataset.sent) {
        event.preventDefault();
        return;
      }
      form.dataset.sent = 'true';
      // after the browser has taken the form's data, so this submission itself still goes out
      setTimeout(function () { buttons(form, true); }, 0);
    }
  });

  // coming back with the Back button restores the page as it was left: make its forms usable again
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
      document.querySelectorAll('form[data-once], form[data-upload]').forEach(function (form) {
        delete form.dataset.sent;
        delete form.dataset.sending;
        buttons(form, false);
      });
    }
  });
})();
