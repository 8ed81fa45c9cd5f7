// The review pack's page: plays each attempt with its waveform and shared notes, collects a
// mentor's timestamped comments and saves them as one JSON file. It runs from file:// with a
// CSP that allows only this script and the videos beside it: no network, no other script.
'use strict';

(() => {
  const pack = JSON.parse(document.getElementById('pack-data').textContent);
  const categories = pack.categories;
  const SECTION_LABELS = { situation: 'Situation', task: 'Task', action: 'Action', result: 'Result' };
  /** @type {{ id: string, attemptId: number, startMs: number, endMs: number | null, category: string, text: string }[]} */
  const comments = [];
  let saved = true;

  const $ = (selector, root = document) => root.querySelector(selector);
  const clock = (ms) => {
    const s = Math.floor(ms / 1000);
    return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  };
  const el = (tag, text, className) => {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  };
  const randomId = () => {
    const bytes = crypto.getRandomValues(new Uint8Array(9));
    return 'c' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  };
  const colour = (name) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  const status = (text) => {
    $('#status').textContent = text;
  };

  $('#question').textContent = pack.attempts[0].question;

  const views = pack.attempts.map((attempt) => buildAttempt(attempt));

  function decodePeaks(base64) {
    const raw = atob(base64);
    const out = new Float32Array(raw.length);
    for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i) / 255;
    return out;
  }

  function buildAttempt(attempt) {
    const node = /** @type {HTMLTemplateElement} */ ($('#attempt-template')).content.firstElementChild.cloneNode(true);
    const title = $('.attempt-title', node);
    title.id = `attempt-${attempt.attemptId}-title`;
    title.textContent = attempt.label;
    node.setAttribute('aria-labelledby', title.id);
    const video = /** @type {HTMLVideoElement} */ ($('video', node));
    video.src = attempt.video;
    video.setAttribute('aria-label', `${attempt.label}: recording`);
    const canvas = /** @type {HTMLCanvasElement} */ ($('canvas', node));
    const peaks = decodePeaks(attempt.peaks.data);
    const duration = attempt.durationMs;

    const marks = attempt.sections.map((s) => `${SECTION_LABELS[s.section]} ${clock(s.startMs)}`);
    $('.marks', node).textContent = marks.length ? `STAR marks: ${marks.join(' · ')}` : 'No STAR marks.';

    const notes = $('.notes', node);
    $('.no-notes', node).hidden = attempt.notes.length > 0;
    for (const note of attempt.notes) {
      const li = el('li');
      const jump = el('button', note.endMs === null ? clock(note.startMs) : `${clock(note.startMs)}–${clock(note.endMs)}`, 'link time');
      jump.type = 'button';
      jump.setAttribute('aria-label', `Jump to ${clock(note.startMs)}`);
      jump.addEventListener('click', () => seek(note.startMs));
      li.append(jump, el('span', categories[note.category], 'tag'), el('span', note.text));
      notes.append(li);
    }

    const form = /** @type {HTMLFormElement} */ ($('.comment-form', node));
    const category = /** @type {HTMLSelectElement} */ ($('.category', form));
    for (const [value, label] of Object.entries(categories)) category.append(new Option(label, value));
    const isRange = /** @type {HTMLInputElement} */ ($('.is-range', form));
    const setTo = /** @type {HTMLButtonElement} */ ($('.set-to', form));
    let fromMs = 0;
    let toMs = null;
    const now = () => Math.min(duration, Math.round(video.currentTime * 1000));
    const showTimes = () => {
      $('.from', form).textContent = clock(fromMs);
      $('.to', form).textContent = isRange.checked && toMs !== null ? clock(toMs) : '–';
      setTo.disabled = !isRange.checked;
    };
    $('.set-from', form).addEventListener('click', () => {
      fromMs = now();
      showTimes();
    });
    setTo.addEventListener('click', () => {
      toMs = now();
      showTimes();
    });
    isRange.addEventListener('change', () => {
      if (isRange.checked && toMs === null) toMs = now();
      showTimes();
    });
    video.addEventListener('pause', () => {
      // Where a comment most often starts: where the mentor stopped the video.
      if (!isRange.checked) {
        fromMs = now();
        showTimes();
      }
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = /** @type {HTMLTextAreaElement} */ ($('.text', form));
      if (text.value.trim() === '') return;
      let start = fromMs;
      let end = isRange.checked ? toMs : null;
      if (end !== null && end < start) [start, end] = [end, start];
      if (end !== null && end === start) end = null;
      comments.push({ id: randomId(), attemptId: attempt.attemptId, startMs: start, endMs: end, category: category.value, text: text.value.trim() });
      saved = false;
      text.value = '';
      isRange.checked = false;
      toMs = null;
      showTimes();
      renderComments();
      draw();
      status(`Comment added at ${clock(start)}.`);
    });
    showTimes();

    function seek(ms) {
      video.currentTime = ms / 1000;
      draw();
    }

    function draw() {
      const width = canvas.clientWidth || 600;
      const height = canvas.clientHeight || 72;
      const ratio = window.devicePixelRatio || 1;
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      const g = canvas.getContext('2d');
      g.setTransform(ratio, 0, 0, ratio, 0, 0);
      g.clearRect(0, 0, width, height);
      const played = duration > 0 ? (video.currentTime * 1000) / duration : 0;
      const bars = Math.max(1, Math.floor(width / 3));
      for (let i = 0; i < bars; i++) {
        const from = Math.floor((i / bars) * peaks.length);
        const to = Math.max(from + 1, Math.floor(((i + 1) / bars) * peaks.length));
        let peak = 0;
        for (let j = from; j < to && j < peaks.length; j++) peak = Math.max(peak, peaks[j]);
        const h = Math.max(2, peak * (height - 16));
        g.fillStyle = i / bars <= played ? colour('--played') : colour('--wave');
        g.fillRect(i * 3, (height - h) / 2, 2, h);
      }
      const x = (ms) => (duration > 0 ? (ms / duration) * width : 0);
      const marker = (ms, endMs, style, top) => {
        g.fillStyle = style;
        if (endMs === null) g.fillRect(x(ms) - 1, top, 3, 8);
        else g.fillRect(x(ms), top, Math.max(3, x(endMs) - x(ms)), 6);
      };
      for (const note of attempt.notes) marker(note.startMs, note.endMs, colour('--note'), 0);
      for (const c of comments) if (c.attemptId === attempt.attemptId) marker(c.startMs, c.endMs, colour('--mine'), height - 8);
      g.fillStyle = colour('--text');
      g.fillRect(x(video.currentTime * 1000), 0, 1, height);
    }

    canvas.addEventListener('click', (event) => {
      const rect = canvas.getBoundingClientRect();
      seek(((event.clientX - rect.left) / rect.width) * duration);
    });
    canvas.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
      event.preventDefault();
      seek(Math.min(duration, Math.max(0, video.currentTime * 1000 + (event.key === 'ArrowLeft' ? -5000 : 5000))));
    });
    video.addEventListener('timeupdate', draw);
    video.addEventListener('seeked', draw);
    window.addEventListener('resize', draw);
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', draw);

    $('#attempts').append(node);
    draw();
    return { attempt, seek, draw };
  }

  function renderComments() {
    const list = $('#comments');
    list.replaceChildren();
    $('#no-comments').hidden = comments.length > 0;
    const sorted = [...comments].sort((a, b) => a.attemptId - b.attemptId || a.startMs - b.startMs);
    for (const c of sorted) {
      const view = views.find((v) => v.attempt.attemptId === c.attemptId);
      const li = el('li');
      const jump = el('button', c.endMs === null ? clock(c.startMs) : `${clock(c.startMs)}–${clock(c.endMs)}`, 'link time');
      jump.type = 'button';
      jump.addEventListener('click', () => view.seek(c.startMs));
      const remove = el('button', 'Remove');
      remove.type = 'button';
      remove.setAttribute('aria-label', `Remove comment at ${clock(c.startMs)}`);
      remove.addEventListener('click', () => {
        comments.splice(comments.indexOf(c), 1);
        saved = false;
        renderComments();
        view.draw();
        status('Comment removed.');
      });
      if (views.length > 1) li.append(el('span', `${view.attempt.label}: `));
      li.append(jump, el('span', categories[c.category], 'tag'), el('span', `${c.text} `), remove);
      list.append(li);
    }
  }

  $('#save').addEventListener('click', () => {
    const mentor = /** @type {HTMLInputElement} */ ($('#mentor'));
    if (mentor.value.trim() === '') {
      status('Type your name first, so the feedback shows who it is from.');
      mentor.focus();
      return;
    }
    if (comments.length === 0) {
      status('Add at least one comment first.');
      return;
    }
    const feedback = {
      format: 'retake-feedback',
      version: 1,
      packId: pack.packId,
      mentor: mentor.value.trim(),
      savedAt: new Date().toISOString(),
      attempts: pack.attempts.map((a) => ({ attemptId: a.attemptId, startedAt: a.startedAt })),
      comments,
    };
    const url = URL.createObjectURL(new Blob([JSON.stringify(feedback, null, 2)], { type: 'application/json' }));
    const link = el('a');
    link.href = url;
    link.download = `retake-feedback-${pack.packId.slice(0, 8)}.json`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    saved = true;
    status(`Saved ${comments.length} comment${comments.length === 1 ? '' : 's'} as ${link.download}. Send that file back.`);
  });

  window.addEventListener('beforeunload', (event) => {
    if (!saved) event.preventDefault();
  });
  renderComments();
})();
