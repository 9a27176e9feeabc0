// The client's forms, made easier where script runs; every page works without it, and
// every text comes from the page (this file holds none).
// - After a failed submit the focus moves to the error summary; its links open the step
//   that holds their field.
// - The questionnaire (form[data-steps]) shows one step ([data-step]) at a time, with
//   "Step n of 4" and a progress bar; Next checks the step's required answers with the
//   browser's constraint validation (the message of each is the question's data-missing)
//   and moves the focus to the next step's heading. Sending is never held back: the
//   server checks everything again.
// - The answers of a form[data-keep-answers] are kept in this tab's sessionStorage while
//   it is typed in, and filled in again when the page shows the form without them
//   (data-restore-answers: a new form, or one whose answers were too large to be read).
//   Any other page but an error page (the result after a successful submit) forgets them.
(function () {
  'use strict';

  var PREFIX = 'massage-advisor.answers:';

  function each(list, action) {
    Array.prototype.forEach.call(list, action);
  }

  function store() {
    try {
      return window.sessionStorage;
    } catch (e) {
      return null;
    }
  }

  // ---- answers kept in the tab ----

  function keyOf(form) {
    return PREFIX + form.getAttribute('action');
  }

  function answerFields(form) {
    return Array.prototype.filter.call(form.elements, function (field) {
      return field.name && !field.disabled && field.name.charAt(0) !== '_'
        && ['hidden', 'submit', 'button', 'reset', 'file', 'password'].indexOf(field.type) < 0;
    });
  }

  function save(form) {
    var answers = {};
    answerFields(form).forEach(function (field) {
      var values = answers[field.name] || (answers[field.name] = []);
      if (field.type !== 'checkbox' && field.type !== 'radio') {
        values.push(field.value);
      } else if (field.checked) {
        values.push(field.value);
      }
    });
    var storage = store();
    if (storage) {
      try {
        storage.setItem(keyOf(form), JSON.stringify(answers));
      } catch (e) {
        // a full or refused storage keeps nothing: the form still works
      }
    }
  }

  function restore(form) {
    var storage = store();
    var answers = null;
    try {
      answers = storage && JSON.parse(storage.getItem(keyOf(form)) || 'null');
    } catch (e) {
      answers = null;
    }
    if (!answers || typeof answers !== 'object') {
      return;
    }
    answerFields(form).forEach(function (field) {
      var values = answers[field.name];
      if (!Array.isArray(values)) {
        return;
      }
      if (field.type === 'checkbox' || field.type === 'radio') {
        field.checked = values.indexOf(field.value) >= 0;
      } else if (typeof values[0] === 'string') {
        field.value = values[0];
      }
    });
  }

  function forgetAll() {
    var storage = store();
    if (!storage) {
      return;
    }
    try {
      for (var i = storage.length - 1; i >= 0; i--) {
        var key = storage.key(i);
        if (key && key.indexOf(PREFIX) === 0) {
          storage.removeItem(key);
        }
      }
    } catch (e) {
      // nothing kept, nothing to forget
    }
  }

  function keepAnswers(form) {
    if (form.hasAttribute('data-restore-answers')) {
      restore(form);
    }
    save(form);
    form.addEventListener('input', function () { save(form); });
    form.addEventListener('change', function () { save(form); });
    form.addEventListener('submit', function () { save(form); });
  }

  // ---- the required answers of a step ----

  function fieldsOf(question) {
    return question.querySelectorAll('input, select, textarea');
  }

  function unanswered(question) {
    var missing = false;
    each(fieldsOf(question), function (field) {
      field.setCustomValidity('');
      if (field.validity.valueMissing) {
        missing = true;
      }
    });
    return missing;
  }

  function describe(field, id, on) {
    var ids = (field.getAttribute('aria-describedby') || '').split(/\s+/).filter(function (each) {
      return each && each !== id;
    });
    if (on) {
      ids.push(id);
    }
    if (ids.length) {
      field.setAttribute('aria-describedby', ids.join(' '));
    } else {
      field.removeAttribute('aria-describedby');
    }
  }

  function markMissing(question) {
    var message = question.getAttribute('data-missing');
    var fields = fieldsOf(question);
    var error = question.querySelector('.field-error');
    if (!error) {
      var first = question.querySelector('.choice, input, select, textarea');
      error = document.createElement('p');
      error.className = 'field-error';
      error.id = fields[0].id + '-error';
      error.setAttribute('data-script-error', '');
      error.textContent = message;
      first.parentNode.insertBefore(error, first);
    }
    question.classList.add('has-error');
    each(fields, function (field) {
      field.setCustomValidity(message);
      field.setAttribute('aria-invalid', 'true');
      if (error.id) {
        describe(field, error.id, true);
      }
    });
  }

  function clearMissing(question) {
    var error = question.querySelector('[data-script-error]');
    if (!error) {
      return;
    }
    error.parentNode.removeChild(error);
    question.classList.remove('has-error');
    each(fieldsOf(question), function (field) {
      field.setCustomValidity('');
      field.setAttribute('aria-invalid', 'false');
      describe(field, error.id, false);
    });
  }

  // ---- steps ----

  var steppers = [];

  function stepper(form) {
    var steps = form.querySelectorAll('[data-step]');
    var progress = form.querySelector('[data-step-progress]');
    var submit = form.querySelector('[data-step-submit]');
    if (steps.length < 2 || !progress || !submit) {
      return null;
    }
    var count = progress.querySelector('[data-step-count]');
    var bar = progress.querySelector('progress');
    var last = steps.length - 1;
    var current = 0;

    function show(index, focus) {
      current = index;
      each(steps, function (step, i) {
        step.hidden = i !== index;
      });
      count.textContent = steps[index].getAttribute('data-progress');
      bar.value = index + 1;
      each(submit.children, function (child) {
        if (child.hasAttribute('data-step-back')) {
          child.hidden = index === 0;
        }
      });
      submit.hidden = index !== last;
      if (focus) {
        progress.scrollIntoView({ block: 'start' });
        steps[index].querySelector('[data-step-heading]').focus({ preventScroll: true });
      }
    }

    function next() {
      var missing = [];
      each(steps[current].querySelectorAll('[data-missing]'), function (question) {
        if (unanswered(question)) {
          markMissing(question);
          missing.push(question);
        }
      });
      if (missing.length) {
        fieldsOf(missing[0])[0].focus();
        return;
      }
      show(Math.min(current + 1, last), true);
    }

    each(steps, function (step) {
      var heading = step.querySelector('[data-step-heading]');
      heading.setAttribute('aria-describedby', count.id);
    });
    each(form.querySelectorAll('[data-step-nav]'), function (nav) {
      nav.hidden = false;
    });
    each(form.querySelectorAll('[data-step-next]'), function (button) {
      button.addEventListener('click', next);
    });
    each(form.querySelectorAll('[data-step-back]'), function (button) {
      button.addEventListener('click', function () {
        show(Math.max(current - 1, 0), true);
      });
    });
    // Enter in a field of an earlier step moves on, as Next does, instead of sending
    form.addEventListener('submit', function (event) {
      if (current < last) {
        event.preventDefault();
        next();
      }
    });
    each(form.querySelectorAll('[data-missing]'), function (question) {
      question.addEventListener('change', function () {
        if (!unanswered(question)) {
          clearMissing(question);
        }
      });
      question.addEventListener('input', function () {
        if (!unanswered(question)) {
          clearMissing(question);
        }
      });
    });
    progress.hidden = false;

    return {
      form: form,
      show: show,
      // opens the step that holds an element; false when it is in no step of this form
      open: function (element) {
        for (var i = 0; i < steps.length; i++) {
          if (steps[i].contains(element)) {
            show(i, false);
            return true;
          }
        }
        return false;
      },
      last: last
    };
  }

  function open(element) {
    steppers.forEach(function (each) {
      each.open(element);
    });
  }

  // ---- the error summary ----

  function errorSummary(summary) {
    summary.addEventListener('click', function (event) {
      var link = event.target.closest ? event.target.closest('a[href^="#"]') : null;
      var target = link && document.getElementById(link.getAttribute('href').slice(1));
      if (!target) {
        return;
      }
      event.preventDefault();
      open(target);
      var question = target.closest('fieldset, .field, .choice') || target;
      question.scrollIntoView({ block: 'start' });
      target.focus({ preventScroll: true });
    });
  }

  function start() {
    var forms = document.querySelectorAll('form[data-keep-answers]');
    if (!forms.length && !document.querySelector('[data-error-page]')) {
      forgetAll();
    }
    each(forms, keepAnswers);
    each(document.querySelectorAll('form[data-steps]'), function (form) {
      var made = stepper(form);
      if (made) {
        steppers.push(made);
      }
    });
    var summary = document.getElementById('error-summary');
    steppers.forEach(function (made) {
      if (!summary || !made.form.contains(summary)) {
        made.show(0, false);
        return;
      }
      // after a failed submit: the step of the first field in error, else the last
      // step, whose button sends the answers again
      var link = summary.querySelector('a[href^="#"]');
      var target = link && document.getElementById(link.getAttribute('href').slice(1));
      if (!(target && made.open(target))) {
        made.show(made.last, false);
      }
    });
    if (summary) {
      errorSummary(summary);
      summary.focus();
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
