// Minutebook's one script. The pages work without it; it adds what only the browser knows
// (the reader's time zone) and what saves a round trip (more blank rows in a form).
'use strict';

(function () {
  var lang = document.documentElement.lang || 'en';

  // The meeting's time in the reader's own time zone, beside the time in UTC.
  function showLocalTimes() {
    var spans = document.querySelectorAll('.local-time[data-start]');
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone || zone === 'UTC' || zone === 'Etc/UTC') return;
    for (var i = 0; i < spans.length; i++) {
      var span = spans[i];
      var start = new Date(span.getAttribute('data-start'));
      var endText = span.getAttribute('data-end');
      var end = endText ? new Date(endText) : null;
      if (isNaN(start.getTime())) continue;
      var time = new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
      var day = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long' });
      var utcDay = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', timeZone: 'UTC' });
      var zoneName = new Intl.DateTimeFormat(lang, { timeZoneName: 'short' })
        .formatToParts(start)
        .filter(function (p) {
          return p.type === 'timeZoneName';
        })
        .map(function (p) {
          return p.value;
        })
        .join('');
      var text =
        time.format(start) + (end && !isNaN(end.getTime()) ? '–' + time.format(end) : '') + ' ' + zoneName;
      if (day.format(start) !== utcDay.format(start)) text = day.format(start) + ', ' + text;
      span.textContent = ' · ' + span.getAttribute('data-label') + ': ' + text;
      span.setAttribute('title', zone);
    }
  }

  // The HTML id the server gives the input of a field name (see record-form.tsx inputId).
  function inputId(name) {
    return 'f-' + name.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '');
  }

  function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }

  // "Add" buttons: a copy of the last row of their kind, emptied and numbered after the others.
  function addRow(button) {
    var pattern = button.getAttribute('data-add-from');
    var container = button.parentNode;
    var rows = [];
    var all = container.querySelectorAll('[data-row]');
    for (var i = 0; i < all.length; i++) if (all[i].getAttribute('data-row') === pattern) rows.push(all[i]);
    if (rows.length === 0) return;
    var indexOf = new RegExp(escapeRegExp(pattern) + '(\\d+)\\]');
    var highest = -1;
    var named = container.querySelectorAll('[name]');
    for (var j = 0; j < named.length; j++) {
      var found = indexOf.exec(named[j].getAttribute('name'));
      if (found) highest = Math.max(highest, Number(found[1]));
    }
    var last = rows[rows.length - 1];
    var copy = last.cloneNode(true);
    var lastIndex = indexOf.exec((last.querySelector('[name]') || last).getAttribute('name') || '');
    if (!lastIndex) return;
    var from = pattern + lastIndex[1] + ']';
    var to = pattern + (highest + 1) + ']';

    // A new topic starts with one blank outcome.
    var nested = copy.querySelectorAll('.outcome-row');
    for (var n = 1; n < nested.length; n++) nested[n].parentNode.removeChild(nested[n]);

    var renamed = {};
    var elements = copy.querySelectorAll('*');
    for (var k = 0; k < elements.length; k++) {
      var el = elements[k];
      ['name', 'data-add-from', 'data-row'].forEach(function (attribute) {
        var value = el.getAttribute(attribute);
        if (value && value.indexOf(from) !== -1) el.setAttribute(attribute, value.split(from).join(to));
      });
      if (el.hasAttribute('name') && el.id) {
        var id = inputId(el.getAttribute('name'));
        renamed[el.id] = id;
        el.id = id;
      }
      el.removeAttribute('aria-invalid');
      el.removeAttribute('aria-describedby');
      if (el.classList.contains('field-error')) el.parentNode.removeChild(el);
      if (el.tagName === 'SELECT') el.selectedIndex = 0;
      else if (el.tagName === 'TEXTAREA') el.value = '';
      else if (el.tagName === 'INPUT') {
        if (el.type === 'checkbox') el.checked = false;
        else el.value = '';
      }
    }
    var copyRow = copy.getAttribute('data-row');
    if (copyRow && copyRow.indexOf(from) !== -1) copy.setAttribute('data-row', copyRow.split(from).join(to));
    var labels = copy.querySelectorAll('label[for]');
    for (var l = 0; l < labels.length; l++) {
      var target = renamed[labels[l].getAttribute('for')];
      if (target) labels[l].setAttribute('for', target);
    }
    var lists = copy.querySelectorAll('button.add');
    for (var b = 0; b < lists.length; b++) wire(lists[b]);
    last.parentNode.insertBefore(copy, last.nextSibling);
    var first = copy.querySelector('input:not([type=hidden]), textarea, select');
    if (first) first.focus();
  }

  function wire(button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      addRow(button);
    });
  }

  function start() {
    showLocalTimes();
    var buttons = document.querySelectorAll('button.add[data-add-from]');
    for (var i = 0; i < buttons.length; i++) wire(buttons[i]);
    var error = document.getElementById('form-error') || document.getElementById('conflict');
    if (error) {
      error.setAttribute('tabindex', '-1');
      error.focus();
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
