'use strict';
const $ = id => document.getElementById(id);
const log = $('log'), picked = $('commune'), input = $('text');
let conversationId = null;
// the command of the "Chuyển cho cán bộ" button the server offers under an answer it could not give a citizen
const HANDOVER_COMMAND = 'canbo';
// the page asks for the official's reply every few seconds while it stays open, for at most HANDOVER_POLLS times
const HANDOVER_EVERY_MS = 3000, HANDOVER_POLLS = 600;
// where the page keeps the id of the hand-over it waits on (see resumeHandover)
const HANDOVER_KEY = 'troly.handover';

// The API's indicator status codes, as a leader reads them.
const STATUS = { met: 'Đạt', not_met: 'Chưa đạt', at_risk: 'Có nguy cơ chậm', overdue: 'Quá hạn', no_data: 'Chưa có số liệu' };
const EXAMPLES = ['Ai chủ trì chỉ tiêu phủ sóng 5G?', 'Phòng Kinh tế phụ trách những chỉ tiêu nào?', 'Chỉ tiêu nào hạn tháng 12/2026?',
                  'Tiến độ chỉ tiêu phủ sóng 5G?', 'DVCTT toàn trình là gì?', 'Nộp hồ sơ trực tuyến thế nào?'];

// localStorage can be missing or throw (private mode, blocked storage): the page then simply forgets between visits.
const store = {
  get(key) { try { return localStorage.getItem(key); } catch (e) { return null; } },
  set(key, value) { try { value == null ? localStorage.removeItem(key) : localStorage.setItem(key, value); } catch (e) { /* forget */ } }
};
let token = store.get('troly.token');

/** Every API call carries the official's token when there is one: the server decides what it may see. */
function api(path, options = {}) {
  const headers = Object.assign({}, options.headers || {});
  if (token) headers['Authorization'] = 'Bearer ' + token;
  return fetch(path, Object.assign({}, options, { headers }));
}

/** The API's Vietnamese message ({"error","message"}) when it sent one, else a generic one. */
async function errorMessage(response) {
  try {
    const body = await response.json();
    if (body && body.message) return body.message;
  } catch (e) { /* not JSON */ }
  return 'Có lỗi (mã ' + response.status + '), vui lòng thử lại.';
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text != null) node.textContent = text; // textContent, never innerHTML: answers and plan text are shown, not run
  return node;
}

function scrollDown() { window.scrollTo(0, document.body.scrollHeight); }

function addUser(text) { log.appendChild(el('div', 'msg user', text)); scrollDown(); }

function addBot(text, extraClass) {
  const div = el('div', 'msg bot' + (extraClass ? ' ' + extraClass : ''));
  div.appendChild(el('div', 'text', text));
  log.appendChild(div);
  scrollDown();
  return div;
}

function number(v) { return Number(v).toLocaleString('vi-VN', { maximumFractionDigits: 2 }); }
function date(iso) { const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || ''); return m ? m[3] + '/' + m[2] + '/' + m[1] : (iso || ''); }

/**
 * Share of the target reached, 0..100, or null when it cannot be drawn (no value, a qualitative or range target).
 * The API sends the target's comparator and number; "at least 70%" with 55 reported is 79% of the way.
 */
function progressOf(card) {
  const t = card.currentTarget, v = card.latestValue;
  if (!t || !v || t.value == null || !['>=', '>', '='].includes(t.comparator)) return null;
  if (t.value <= 0) return v.value >= t.value ? 100 : 0;
  return Math.max(0, Math.min(100, v.value / t.value * 100));
}

function card(c) {
  const box = el('div', 'card');
  box.dataset.indicator = c.id;
  box.appendChild(el('h3', null, (c.stt ? c.stt + '. ' : '') + c.name));
  const dl = el('dl');
  const row = (label, value) => { if (value) { dl.appendChild(el('dt', null, label)); dl.appendChild(el('dd', null, value)); } };
  const t = c.currentTarget || (c.targets && c.targets[0]);
  row('Mục tiêu', t ? (t.period ? t.period + ': ' : '') + t.raw : 'Kế hoạch không ghi');
  // The value carries no unit of its own: a percentage target means a percentage value.
  const unit = c.unit ? ' ' + c.unit : (t && /%/.test(t.raw || '') ? '%' : '');
  // valueNote says why no value shows: none reported yet, or the figures are the commune's internal data
  row('Mới nhất', c.latestValue ? number(c.latestValue.value) + unit + ' (ngày ' + date(c.latestValue.asOf) + ')' : c.valueNote);
  row('Chủ trì', (c.lead || []).join(', '));
  row('Thời hạn', c.deadline && c.deadline.raw);
  box.appendChild(dl);
  const share = progressOf(c);
  const bar = el('div', 'progress');
  bar.setAttribute('role', 'progressbar');
  bar.setAttribute('aria-valuemin', '0');
  bar.setAttribute('aria-valuemax', '100');
  const fill = el('div');
  fill.style.width = (share == null ? 0 : share) + '%';
  if (share != null) bar.setAttribute('aria-valuenow', String(Math.round(share)));
  bar.title = share == null ? 'Chưa tính được tiến độ' : 'Đạt ' + number(Math.round(share)) + '% mục tiêu';
  bar.appendChild(fill);
  box.appendChild(bar);
  // a task has no values and so no status
  if (c.status) {
    const badge = el('span', 'badge ' + c.status, c.statusLabel || STATUS[c.status] || c.status);
    badge.dataset.status = c.status;
    box.appendChild(badge);
  }
  return box;
}

function citations(list) {
  const details = el('details', 'citations');
  details.appendChild(el('summary', null, 'Nguồn trích dẫn (' + list.length + ')'));
  const ol = el('ol');
  for (const c of list) {
    const li = el('li', 'citation');
    const path = [c.documentTitle, c.section, c.stt ? 'STT ' + c.stt : null].filter(Boolean).join(' › ');
    li.appendChild(el('div', 'cite-path', path));
    if (c.excerpt) li.appendChild(el('blockquote', null, c.excerpt));
    ol.appendChild(li);
  }
  details.appendChild(ol);
  return details;
}

function render(bubble, answer, asked) {
  bubble.classList.remove('pending');
  // the reply is the answer as the server renders it for every channel: its text, and its choices as buttons
  bubble.querySelector('.text').textContent = answer.reply ? answer.reply.texts.join('\n\n') : (answer.answer || '');
  if (answer.indicators && answer.indicators.length) {
    const cards = el('div', 'cards');
    for (const c of answer.indicators.slice(0, 6)) cards.appendChild(card(c));
    bubble.appendChild(cards);
  }
  const choices = (answer.reply && answer.reply.choices) || [];
  if (choices.length) bubble.appendChild(buttons(choices, answer, asked));
  if (answer.citations && answer.citations.length) bubble.appendChild(citations(answer.citations));
  bubble.dataset.status = answer.status; // set last: tests and screen readers take it as "the answer is complete"
  scrollDown();
}

/**
 * The reply's choices as buttons, each sending back its typed action: a pick (a row, a commune), a confirmation of a
 * reported value, or the hand-over to the commune's officials, which the page makes through POST /api/handover.
 */
function buttons(choices, answer, asked) {
  const box = el('div', 'candidates');
  for (const choice of choices) {
    const a = choice.action;
    const handover = a.type === 'command' && a.name === HANDOVER_COMMAND;
    const b = el('button', 'candidate' + (a.type === 'confirm' ? ' confirm' : '') + (handover ? ' handover' : ''), choice.label);
    b.type = 'button';
    if (handover) {
      const commune = (answer.commune && answer.commune.id) || communeId();
      b.onclick = () => { b.disabled = true; handOver(commune, answer.conversationId || conversationId, asked, b); };
    } else if (a.type === 'confirm') {
      // a reported value waits for one yes or no
      b.onclick = () => { box.querySelectorAll('button').forEach(x => x.disabled = true); ask(choice.label, choice.label, a); };
    } else {
      b.onclick = () => ask(choice.label, choice.label, a);
    }
    box.appendChild(b);
  }
  return box;
}

/**
 * Sends a message; `shown` is what the user sees in their bubble when it differs from what is sent, and `action` what
 * a pressed button means (typed text when absent).
 */
async function ask(text, shown, action) {
  text = (text || '').trim();
  if (!text && !action) return;
  addUser(shown || text);
  const bubble = addBot('Đang trả lời…', 'pending');
  $('send').disabled = true;
  try {
    const response = await api('/api/chat', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(Object.assign({ text, commune: communeId() || null, conversationId }, action ? { action } : {}))
    });
    if (!response.ok) {
      bubble.classList.remove('pending');
      bubble.classList.add('error');
      bubble.querySelector('.text').textContent = await errorMessage(response);
      // a code revoked since sign-in: back to a citizen's page, so the next question is answered
      if (response.status === 401 && token) signOut();
      bubble.dataset.status = 'error';
      return;
    }
    const answer = await response.json();
    conversationId = answer.conversationId || conversationId;
    if (answer.commune && answer.commune.id && communeId() !== answer.commune.id) {
      // the question named another commune: follow-ups are about that one
      await loadCommune(answer.commune.id);
    }
    render(bubble, answer, action ? null : text);
  } catch (e) {
    bubble.classList.remove('pending');
    bubble.classList.add('error');
    bubble.querySelector('.text').textContent = 'Không kết nối được máy chủ, vui lòng thử lại.';
    bubble.dataset.status = 'error';
  } finally {
    $('send').disabled = false;
  }
}

async function handOver(commune, conversation, question, button) {
  const bubble = addBot('Đang chuyển câu hỏi cho cán bộ xã…', 'pending handover');
  const done = (text, status) => {
    bubble.classList.remove('pending');
    bubble.querySelector('.text').textContent = text;
    bubble.dataset.status = status; // set last, as for answers
    scrollDown();
  };
  try {
    const response = await api('/api/handover', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(Object.assign({ commune, conversationId: conversation }, question ? { text: question } : {}))
    });
    if (!response.ok) {
      bubble.classList.add('error');
      done(await errorMessage(response), 'error');
      button.disabled = false; // the citizen may try again
      return;
    }
    const started = await response.json();
    done(started.message, started.id ? 'handover' : 'handover_unavailable');
    if (started.id) {
      // kept across a reload: the page asks for this hand-over again when it opens
      store.set(HANDOVER_KEY, started.id);
      watchHandover(started.id, { replies: 0, timeout: false }, 0);
    }
  } catch (e) {
    bubble.classList.add('error');
    done('Không kết nối được máy chủ, vui lòng thử lại.', 'error');
    button.disabled = false;
  }
}

/**
 * Polls the hand-over and shows what is new: each official's reply ("Cán bộ xã trả lời: …") and the timeout message,
 * each once. Officials may reply more than once, and late, so it goes on until a limit, or a newer hand-over.
 */
function watchHandover(id, seen, polls) {
  if (store.get(HANDOVER_KEY) !== id) return;
  if (polls >= HANDOVER_POLLS) {
    addBot('Cán bộ xã chưa trả lời trong lúc bạn mở trang. Bạn có thể hỏi lại sau hoặc liên hệ trực tiếp Ủy ban nhân dân xã.',
      'official').dataset.status = 'handover_waiting';
    return;
  }
  setTimeout(async () => {
    const view = await handoverState(id);
    if (view === null) return; // gone: nothing more to wait for
    if (view) showHandover(view, seen);
    watchHandover(id, seen, polls + 1);
  }, HANDOVER_EVERY_MS);
}

/** The hand-over's state (GET /api/handover/{id}); null when it is gone, undefined when the server was not reached. */
async function handoverState(id) {
  try {
    const response = await api('/api/handover/' + encodeURIComponent(id));
    if (response.status === 404 || response.status === 400) { store.set(HANDOVER_KEY, null); return null; }
    if (response.ok) return await response.json();
  } catch (e) { /* offline for a moment: try again */ }
  return undefined;
}

/** Shows the replies and the timeout message not shown yet, in the order they came. */
function showHandover(view, seen) {
  const replies = view.replies || [];
  const timeoutNow = view.timeout && !seen.timeout;
  const show = (r) => { addBot(r.message, 'official').dataset.status = 'official_reply'; };
  const fresh = replies.slice(seen.replies);
  const before = timeoutNow ? fresh.filter(r => !view.timedOutAt || Date.parse(r.repliedAt) < Date.parse(view.timedOutAt)) : fresh;
  before.forEach(show);
  if (timeoutNow) {
    addBot(view.timeout, 'official timeout').dataset.status = 'handover_timed_out';
    fresh.slice(before.length).forEach(show);
  }
  seen.replies = replies.length;
  seen.timeout = seen.timeout || !!view.timeout;
}

/** A page opened again while a hand-over waits: its question, what came meanwhile, and the wait goes on. */
async function resumeHandover(id) {
  const view = await handoverState(id);
  if (!view) return;
  if (view.status === 'failed') { store.set(HANDOVER_KEY, null); return; }
  addBot('Câu hỏi bạn đã chuyển cho cán bộ xã: ' + view.question, 'handover').dataset.status = 'handover_pending';
  const seen = { replies: 0, timeout: false };
  showHandover(view, seen);
  watchHandover(id, seen, 0);
}

// ---- the commune: the province, then its communes, at most PER_SCREEN buttons a screen ----------------------

const PER_SCREEN = 10, NO_PROVINCE = '-';
const picker = $('picker'), pickerList = $('picker-list'), pickerFilter = $('picker-filter');
/** The commune chosen ({id, name, province, handover}), or null. */
let commune = null;
/** The picker's screen: the provinces, or a province's communes once one is picked; the page shown. */
const picking = { provinces: [], province: null, communes: [], page: 0 };

function communeId() { return commune ? commune.id : ''; }

/** "Vĩnh Trụ" and "vinh tru" alike: what typing narrows by. */
function fold(text) {
  return (text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ').trim();
}

function setCommune(c) {
  commune = c;
  picked.textContent = c ? (c.province ? c.name + ' (' + c.province + ')' : c.name) : '— chọn xã —';
  picked.dataset.commune = c ? c.id : '';
  store.set('troly.commune', c ? c.id : null);
}

/** A commune by id (remembered, or named by an answer), with its hand-over flag; forgotten when no longer loaded. */
async function loadCommune(id) {
  try {
    const r = await api('/api/communes/' + encodeURIComponent(id));
    setCommune(r.ok ? await r.json() : null);
  } catch (e) { /* offline for a moment: the choice stays as it was */ }
}

function openPicker() {
  picker.hidden = false;
  picked.setAttribute('aria-expanded', 'true');
  picking.province = null; picking.page = 0; pickerFilter.value = '';
  renderPicker();
}

function closePicker() { picker.hidden = true; picked.setAttribute('aria-expanded', 'false'); }

async function openProvince(province) {
  const r = await api('/api/communes?province=' + encodeURIComponent(province.id));
  picking.communes = r.ok ? await r.json() : [];
  picking.province = province; picking.page = 0; pickerFilter.value = '';
  renderPicker();
}

/** One screen: the items the typed words leave (names that begin so first), a page of them, and the page buttons. */
function renderPicker() {
  const inProvince = picking.province != null, typed = fold(pickerFilter.value);
  let items = inProvince
    ? picking.communes.map(c => ({ label: c.name, key: fold(c.name), commune: c }))
    : picking.provinces.map(p => ({ label: p.name + ' (' + p.communes + ' xã)', key: fold(p.name), province: p }));
  if (typed) {
    items = items.filter(i => i.key.includes(typed))
      .sort((a, b) => (b.key.startsWith(typed) - a.key.startsWith(typed)) || a.key.localeCompare(b.key));
  }
  const pages = Math.max(1, Math.ceil(items.length / PER_SCREEN));
  picking.page = Math.max(0, Math.min(picking.page, pages - 1));
  $('picker-title').textContent = inProvince ? 'Chọn xã thuộc ' + picking.province.name + ':' : 'Chọn tỉnh, thành phố:';
  pickerFilter.placeholder = inProvince ? 'Gõ tên xã để lọc' : 'Gõ tên tỉnh để lọc';
  pickerList.replaceChildren(...items.slice(picking.page * PER_SCREEN, (picking.page + 1) * PER_SCREEN).map(i => {
    const b = el('button', 'choice', i.label);
    b.type = 'button';
    if (i.commune) {
      b.dataset.commune = i.commune.id;
      b.onclick = () => { setCommune(i.commune); closePicker(); };
    } else {
      b.dataset.province = i.province.id;
      b.onclick = () => openProvince(i.province);
    }
    return b;
  }));
  if (!items.length) pickerList.appendChild(el('p', 'empty', 'Không có tên nào khớp, hãy gõ lại.'));
  $('picker-back').hidden = !inProvince;
  $('picker-prev').hidden = picking.page === 0;
  $('picker-next').hidden = picking.page >= pages - 1;
  $('picker-page').textContent = pages > 1 ? 'Trang ' + (picking.page + 1) + '/' + pages : '';
}

async function showSummary() {
  const id = communeId();
  if (!id) { addBot('Hãy chọn xã trước khi xem tóm tắt.', 'error').dataset.status = 'error'; return; }
  const name = commune.name;
  const bubble = addBot('Đang tải tóm tắt xã ' + name + '…', 'pending summary');
  const fail = text => { bubble.classList.remove('pending'); bubble.classList.add('error'); bubble.querySelector('.text').textContent = text; bubble.dataset.status = 'error'; };
  try {
    // the chart is drawn here as HTML from its data, sharp at any width (Telegram gets the same chart as a picture)
    const [chart, json] = await Promise.all([api('/api/communes/' + encodeURIComponent(id) + '/summary/chart'),
                                           api('/api/communes/' + encodeURIComponent(id) + '/summary')]);
    if (chart.status === 401 || chart.status === 403) {
      fail(token ? 'Mã cán bộ không được chấp nhận. Cần đăng nhập bằng mã cán bộ hợp lệ để xem tóm tắt tiến độ của xã.'
                 : 'Cần đăng nhập bằng mã cán bộ để xem tóm tắt tiến độ của xã. Nhập mã ở ô “Mã cán bộ” rồi bấm “Đăng nhập”.');
      return;
    }
    if (!chart.ok) { fail(await errorMessage(chart)); return; }
    bubble.classList.remove('pending');
    bubble.querySelector('.text').textContent = 'Tóm tắt tiến độ xã ' + name + ': giá trị mới nhất của từng chỉ tiêu theo % mục tiêu.';
    if (json.ok) {
      const summary = await json.json();
      const counts = el('div', 'counts');
      for (const [code, label] of Object.entries(STATUS)) {
        const n = summary.counts && summary.counts[code];
        if (n) counts.appendChild(el('span', 'badge ' + code, label + ': ' + n));
      }
      bubble.appendChild(counts);
    }
    bubble.appendChild(bars(await chart.json()));
    bubble.dataset.status = 'answered';
    scrollDown();
  } catch (e) {
    fail('Không kết nối được máy chủ, vui lòng thử lại.');
  }
}

/** The summary chart: a bar per row, its value as a share of its target, coloured by status, furthest behind first. */
function bars(chart) {
  const box = el('div', 'bars');
  box.setAttribute('role', 'list');
  if (!chart.bars.length) {
    box.appendChild(el('p', 'no-data', 'Chưa có số liệu nào để vẽ biểu đồ.'));
    return box;
  }
  for (const b of chart.bars) {
    const row = el('div', 'bar-row');
    row.setAttribute('role', 'listitem');
    row.dataset.status = b.status;
    row.appendChild(el('div', 'bar-label', b.label));
    const track = el('div', 'bar-track');
    const fill = el('div', 'bar-fill ' + b.status);
    fill.style.width = Math.min(100, b.share) + '%';
    track.appendChild(fill);
    row.appendChild(track);
    row.appendChild(el('div', 'bar-value', number(Math.round(b.share)) + '% mục tiêu · ' + (STATUS[b.status] || b.status)));
    box.appendChild(row);
  }
  if (chart.notDrawn) box.appendChild(el('p', 'no-data', chart.notDrawn + ' chỉ tiêu chưa báo cáo giá trị (kể cả chỉ tiêu quá hạn) hoặc có mục tiêu không đo bằng số: không vẽ.'));
  return box;
}

/** Who the token belongs to, from GET /api/me; null while signed out. */
let me = null;

function showSignedIn() {
  const signedIn = !!(token && me);
  $('signin').hidden = signedIn;
  $('who').hidden = !signedIn;
  $('who').textContent = signedIn ? 'Đã đăng nhập: ' + (me.name || 'cán bộ') + ' (' + me.roleName + ')' : '';
  $('signout').hidden = !signedIn;
}

function signInError(text) {
  $('signin-error').textContent = text || '';
  $('signin-error').hidden = !text;
}

function signOut() {
  token = null;
  me = null;
  store.set('troly.token', null);
  showSignedIn();
}

/** Asks the server whom the code belongs to; only a code it accepts signs in, any other leaves the page a citizen's. */
async function signIn(code) {
  try {
    const response = await fetch('/api/me', { headers: { 'Authorization': 'Bearer ' + code } });
    if (response.ok) {
      token = code;
      me = await response.json();
      store.set('troly.token', token);
      signInError(null);
    } else {
      signOut();
      signInError(response.status === 401
        ? 'Mã cán bộ không đúng hoặc đã bị thu hồi. Bạn vẫn hỏi được như người dân; hãy nhập lại mã do quản trị viên cấp.'
        : await errorMessage(response));
    }
  } catch (e) {
    signOut();
    signInError('Không kết nối được máy chủ để kiểm tra mã, vui lòng thử lại.');
  }
  showSignedIn();
  document.body.dataset.signin = me ? 'yes' : 'no'; // set last: tests wait for it
}

$('signin').addEventListener('submit', e => {
  e.preventDefault();
  const value = $('token').value.trim();
  if (!value) { $('token').focus(); return; }
  $('token').value = '';
  delete document.body.dataset.signin;
  signIn(value);
});
$('signout').addEventListener('click', () => { signOut(); signInError(null); });
$('summary-button').addEventListener('click', showSummary);
$('ask').addEventListener('submit', e => { e.preventDefault(); const text = input.value; input.value = ''; ask(text); });
picked.addEventListener('click', () => (picker.hidden ? openPicker() : closePicker()));
$('picker-close').addEventListener('click', closePicker);
$('picker-back').addEventListener('click', () => { picking.province = null; picking.page = 0; pickerFilter.value = ''; renderPicker(); });
$('picker-prev').addEventListener('click', () => { picking.page--; renderPicker(); });
$('picker-next').addEventListener('click', () => { picking.page++; renderPicker(); });
pickerFilter.addEventListener('input', () => { picking.page = 0; renderPicker(); });

for (const e of EXAMPLES) {
  const b = el('button', 'chip', e);
  b.type = 'button';
  b.onclick = () => ask(e);
  $('chips').appendChild(b);
}

// the provinces (and the communes whose plans name none, as "Chưa rõ tỉnh"), then the remembered commune
Promise.all([api('/api/provinces'), api('/api/communes?province=' + NO_PROVINCE)]).then(async ([provinces, none]) => {
  if (!provinces.ok) throw new Error(await errorMessage(provinces));
  picking.provinces = await provinces.json();
  const unplaced = none.ok ? await none.json() : [];
  if (unplaced.length) picking.provinces.push({ id: NO_PROVINCE, name: 'Chưa rõ tỉnh', communes: unplaced.length });
  const saved = store.get('troly.commune');
  if (saved) await loadCommune(saved);
  picked.dataset.loaded = 'true';
}).catch(e => addBot('Không tải được danh sách xã: ' + e.message, 'error'));

const pendingHandover = store.get(HANDOVER_KEY);
if (pendingHandover) resumeHandover(pendingHandover);

// a remembered code is checked again: it may have been revoked since
if (token) { signIn(token); } else { showSignedIn(); }
