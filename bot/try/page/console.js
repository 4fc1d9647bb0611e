// The try-it console's page: shows each seat's messages and cards as the server reports them, and sends what the
// person types or taps. Cards are drawn with Microsoft's adaptivecards renderer, as Teams would draw them.
import * as AC from 'adaptivecards';

const POLL_MS = 600;
const state = { after: 0, generation: 0, phones: [], phone: '', unread: new Map(), timeZone: 'Europe/London' };
/** Rendered card containers by the activity id the bot gave them, so an update replaces the card in place. */
const cards = new Map();

const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

/** Bold (**like this**) and line breaks, from text that is otherwise shown as it is. */
function markdown(text) {
  const escaped = text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return escaped.replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>').replace(/\n/g, '<br>');
}

// Card colours that keep text at WCAG AA contrast (4.5:1) on their backgrounds; the renderer's defaults do not.
const colours = {
  default: { default: '#1b1b1b', subtle: '#4a4a4a' },
  dark: { default: '#000000', subtle: '#333333' },
  light: { default: '#ffffff', subtle: '#f3f2f1' },
  accent: { default: '#1d4f91', subtle: '#1d4f91' },
  good: { default: '#00703c', subtle: '#00703c' },
  warning: { default: '#6f4400', subtle: '#6f4400' },
  attention: { default: '#a4261b', subtle: '#a4261b' },
};
const style = (backgroundColor) => ({ backgroundColor, foregroundColors: colours });
const hostConfig = new AC.HostConfig({
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif",
  containerStyles: {
    default: style('#ffffff'),
    emphasis: style('#f3f2f1'),
    accent: style('#eef3fa'),
    good: style('#eef7f0'),
    warning: style('#fff7e6'),
    attention: style('#fdf0ee'),
  },
});

AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
  result.outputHtml = markdown(text);
  result.didProcess = true;
};

async function post(path, body) {
  const res = await fetch(`/try/api/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) {
    const answer = await res.json().catch(() => ({}));
    throw new Error(answer.message || `The console answered ${res.status}`);
  }
  return res.json();
}

function say(message) {
  $('status').textContent = message;
}

async function act(work, busy) {
  if (busy) say(busy);
  try {
    await work();
    if (busy) say('');
  } catch (err) {
    say(`That did not work: ${err instanceof Error ? err.message : String(err)}`);
  }
  await poll();
}

function logFor(seat) {
  if (seat === 'coordinator' || seat === 'mentor') return $(`${seat}-log`);
  return phoneLog(seat.slice('phone:'.length));
}

/** Each phone keeps its own list; only the chosen one is shown. */
function phoneLog(phone) {
  const id = `phone-log-${phone.replace(/\D/g, '')}`;
  let log = document.getElementById(id);
  if (!log) {
    log = document.createElement('ol');
    log.id = id;
    log.className = 'log';
    log.setAttribute('role', 'log');
    log.setAttribute('aria-live', 'polite');
    log.setAttribute('aria-label', `Texts on ${phoneName(phone)}'s phone`);
    log.hidden = phone !== state.phone;
    $('phone-logs').append(log);
  }
  return log;
}

function phoneName(phone) {
  const n = state.phones.indexOf(phone);
  return `mentee ${n + 1}`;
}

function timeOf(iso) {
  return new Date(iso).toLocaleString('en-GB', {
    timeZone: state.timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
}

function renderCard(json, seat, id) {
  const card = new AC.AdaptiveCard();
  card.hostConfig = hostConfig;
  card.onExecuteAction = (action) => {
    if (action instanceof AC.OpenUrlAction) {
      if (action.url) window.open(action.url, '_blank', 'noopener');
      return;
    }
    // Every button on the service's cards is an Action.Execute: sent as Teams sends it, an invoke with its verb.
    if (!(action instanceof AC.ExecuteAction) || typeof action.verb !== 'string') return;
    const data = { ...(action.data ?? {}) };
    const verb = action.verb;
    void act(() => post('teams/tap', { seat, verb, data, cardId: id }), `${action.title || verb}…`);
  };
  try {
    card.parse(json);
    return card.render() ?? document.createTextNode('(an empty card)');
  } catch {
    return document.createTextNode('(a card the console cannot draw)');
  }
}

function addItem(item) {
  if (item.kind === 'update') {
    const holder = cards.get(item.id);
    if (holder) holder.replaceChildren(renderCard(item.card, item.seat, item.id), meta(item, 'updated'));
    return;
  }
  const li = document.createElement('li');
  if (item.kind === 'note') {
    li.className = 'note';
    li.textContent = item.text;
  } else if (item.kind === 'card') {
    li.className = 'card from-bot';
    li.append(renderCard(item.card, item.seat, item.id), meta(item));
    cards.set(item.id, li);
  } else {
    li.className = item.from === 'bot' ? 'from-bot' : 'from-person';
    const words = document.createElement('span');
    if (item.seat.startsWith('phone:')) words.textContent = item.text;
    else words.innerHTML = markdown(item.text);
    li.append(words, meta(item));
  }
  const log = logFor(item.seat);
  log.append(li);
  log.scrollTop = log.scrollHeight;
  if (item.seat.startsWith('phone:') && item.seat !== `phone:${state.phone}` && item.kind !== 'note') {
    const phone = item.seat.slice('phone:'.length);
    state.unread.set(phone, (state.unread.get(phone) ?? 0) + 1);
    drawPhoneTabs();
  }
}

function meta(item, extra) {
  const span = document.createElement('span');
  span.className = 'meta';
  const parts = [item.from === 'person' ? 'sent' : 'received', timeOf(item.at)];
  if (item.segments) {
    const n = item.segments.count;
    parts.push(
      `${n} SMS ${n === 1 ? 'segment' : 'segments'} (${item.segments.encoding}, ${item.segments.characters} characters)`,
    );
  }
  if (item.via === 'outbox') parts.push('sent later by the outbox');
  if (extra) parts.push(extra);
  span.textContent = parts.join(' · ');
  return span;
}

function drawPhoneTabs() {
  const tabs = $('phone-tabs');
  tabs.replaceChildren(
    ...state.phones.map((phone, i) => {
      const button = document.createElement('button');
      button.type = 'button';
      const unread = state.unread.get(phone) ?? 0;
      button.textContent = `Mentee ${i + 1}${unread > 0 ? ` (${unread} new)` : ''}`;
      button.title = phone;
      button.setAttribute('aria-pressed', String(phone === state.phone));
      button.addEventListener('click', () => choosePhone(phone));
      return button;
    }),
  );
}

function choosePhone(phone) {
  state.phone = phone;
  state.unread.delete(phone);
  for (const p of state.phones) phoneLog(p).hidden = p !== phone;
  const label = $('phone-label');
  label.textContent = `Text from ${phoneName(phone)} (${phone})`;
  drawPhoneTabs();
}

function clearAll() {
  cards.clear();
  state.unread.clear();
  for (const log of document.querySelectorAll('.log')) log.replaceChildren();
  $('phone-logs').replaceChildren();
}

let polling = Promise.resolve();

/** One poll at a time, so no item is shown twice. */
function poll() {
  polling = polling.then(pollOnce);
  return polling;
}

async function pollOnce() {
  let data;
  try {
    const res = await fetch(`/try/api/feed?after=${state.after}`);
    if (!res.ok) throw new Error(String(res.status));
    data = await res.json();
  } catch {
    say('The console is not answering. Is the server still running?');
    return;
  }
  state.timeZone = data.timeZone;
  if (data.generation !== state.generation) {
    if (state.generation !== 0) clearAll();
    state.generation = data.generation;
    if (state.after !== 0) {
      state.after = 0;
      return pollOnce();
    }
  }
  const phonesChanged = data.phones.join() !== state.phones.join();
  state.phones = data.phones;
  if (!state.phones.includes(state.phone)) state.phone = state.phones[0] ?? '';
  if (phonesChanged) choosePhone(state.phone);
  for (const item of data.items) addItem(item);
  state.after = data.items.at(-1)?.seq ?? state.after;
  $('clock-now').textContent = timeOf(data.now);
  $('clock-now').setAttribute('datetime', data.now);
}

function composer(form) {
  const seat = form.dataset.seat;
  const box = form.querySelector('textarea');
  const send = () => {
    const text = box.value.trim();
    if (!text) return;
    box.value = '';
    void act(() =>
      seat === 'phone' ? post('phone', { phone: state.phone, text }) : post('teams/say', { seat, text }),
    );
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    send();
  });
  // Enter sends, Shift+Enter starts a new line, as in a chat.
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      send();
    }
  });
}

function start() {
  for (const form of document.querySelectorAll('form.composer')) composer(form);
  for (const button of document.querySelectorAll('[data-step]')) {
    button.addEventListener('click', () =>
      act(() => post('clock', { step: button.dataset.step }), 'Moving the clock on…'),
    );
  }
  $('add-phone').addEventListener('click', () =>
    act(async () => {
      const { phones } = await post('phones', {});
      await poll();
      choosePhone(phones.at(-1));
    }),
  );
  $('reset').addEventListener('click', () => {
    if (!window.confirm('Start again with an empty practice database? Everything in the console is cleared.')) return;
    void act(() => post('reset', {}), 'Starting again…');
  });
  void poll();
  setInterval(() => void poll(), POLL_MS);
}

start();
