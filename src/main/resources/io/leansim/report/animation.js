// LeanSim animation: replays one simulated day of a baseline and a lean variant side by side.
// Data: the JSON in <script id="replay-data">, written by io.leansim.report.AnimationPage.
// No network, no library: a canvas per panel, redrawn on every animation frame while anything moves.
(function () {
  "use strict";
  const DATA = JSON.parse(document.getElementById("replay-data").textContent);
  const EXIT = ["completed", "abandoned", "balked", "inside"];
  const PALETTE = DATA.palette, SHAPES = DATA.shapes, C = DATA.colours;
  const SPEEDS = [1, 5, 10, 30, 60, 120, 300, 600];
  const unitMinutes = DATA.minutesPerUnit;
  const FADE = 4 / unitMinutes; // leavers stay visible for 4 simulated minutes
  const EASE_MS = 110; // a customer reaches a new place in about three times this, whatever the speed

  // ---- data -------------------------------------------------------------------------------------
  function decode(panel) {
    const customers = panel.customers.map(function (c) {
      const segs = [];
      for (let i = 0; i < c[5].length; i += 7) {
        segs.push({kind: c[5][i], step: c[5][i + 1], from: c[5][i + 2], to: c[5][i + 3] === null ? Infinity : c[5][i + 3],
          pool: c[5][i + 4], slot: c[5][i + 5], redo: c[5][i + 6] === 1, interrupted: false});
      }
      // a wait that starts where a service at the same step stopped, under a preemptive line: interrupted
      for (let i = 1; i < segs.length; i++) {
        const s = segs[i], b = segs[i - 1];
        if (s.kind === 1 && b.kind === 2 && b.step === s.step && b.to === s.from && panel.steps[s.step].preempts) s.interrupted = true;
      }
      return {id: c[0], type: c[1], arrived: c[2], left: c[3] === null ? Infinity : c[3], exit: c[4], segs: segs,
        ledger: {waiting: c[6], valueAdded: c[7], necessary: c[8], overprocessing: c[9], motion: c[10], defects: c[11]}};
    });
    const byId = new Map();
    customers.forEach(function (c) { byId.set(c.id, c); });
    const changes = panel.poolChanges.map(function (p) { return {pool: p[0], time: p[1], onDuty: p[2], down: p[3] === 1}; });
    const events = [];
    customers.forEach(function (c) {
      events.push(c.arrived);
      if (isFinite(c.left)) events.push(c.left);
      c.segs.forEach(function (s) { events.push(s.from); if (isFinite(s.to)) events.push(s.to); });
    });
    changes.forEach(function (p) { events.push(p.time); });
    const edges = panel.edges.map(function (e) { return {from: e[0], to: e[1], rework: e[2] === 1, loop: e[3] === 1}; });
    return {variant: panel.variant, title: panel.title, steps: panel.steps, pools: panel.pools, customers: customers,
      byId: byId, changes: changes, events: events, edges: edges, series: series(customers)};
  }

  // The live charts' data: customers in queue (a step function) and the mean wait of those who left so far.
  function series(customers) {
    const q = [], w = [];
    customers.forEach(function (c) {
      c.segs.forEach(function (s) { if (s.kind === 1) { q.push([s.from, 1]); if (isFinite(s.to)) q.push([s.to, -1]); } });
      if (isFinite(c.left) && c.exit !== 2) w.push([c.left, c.ledger.waiting]);
    });
    q.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
    w.sort(function (a, b) { return a[0] - b[0]; });
    const queue = [[0, 0]];
    let n = 0, peak = 0, peakAt = 0;
    q.forEach(function (e) { n += e[1]; queue.push([e[0], n]); if (n > peak) { peak = n; peakAt = e[0]; } });
    const wait = [];
    let sum = 0;
    w.forEach(function (e, i) { sum += e[1]; wait.push([e[0], sum / (i + 1)]); });
    return {queue: queue, wait: wait, peak: peak, peakAt: peakAt};
  }

  const panels = DATA.panels.map(decode);
  const allEvents = Array.from(new Set([].concat.apply([], panels.map(function (p) { return p.events; }))))
    .filter(isFinite).sort(function (a, b) { return a - b; });
  const END = DATA.end;
  // the busiest moment of the day: the most customers in line in the first panel (the baseline)
  const PEAK = panels[0].series.peakAt;

  // The counters at run time t: the same definitions as io.leansim.stats.Replay.countersAt.
  function counters(panel, t) {
    let inQueue = 0, served = 0, abandoned = 0, left = 0, waitOfLeft = 0;
    let waiting = 0, motion = 0, defects = 0, overprocessing = 0;
    for (const c of panel.customers) {
      if (c.arrived > t) break;
      if (c.left <= t) {
        if (c.exit === 0) served++;
        if (c.exit === 1) abandoned++;
        if (c.exit !== 2) { left++; waitOfLeft += c.ledger.waiting; }
      }
      for (const s of c.segs) {
        if (s.from > t) break;
        const lived = Math.min(t, s.to) - s.from;
        if (s.kind === 1) { waiting += lived; if (t < s.to) inQueue++; }
        else if (s.kind === 0) motion += lived;
        else if (s.redo) defects += lived;
        else if (panel.steps[s.step].value === "waste") overprocessing += lived;
      }
    }
    return {inQueue: inQueue, served: served, abandoned: abandoned, meanWait: left === 0 ? NaN : waitOfLeft / left,
      waiting: waiting, motion: motion, defects: defects, overprocessing: overprocessing};
  }

  function poolState(panel, pool, t) {
    let onDuty = 0, down = false;
    for (const ch of panel.changes) {
      if (ch.time > t) break;
      if (ch.pool === pool) { onDuty = ch.onDuty; down = ch.down; }
    }
    return {onDuty: onDuty, down: down};
  }

  // ---- formatting -------------------------------------------------------------------------------
  function clock(t) {
    const seconds = Math.round((DATA.clockStart + t) * unitMinutes * 60);
    const h = Math.floor(seconds / 3600), m = Math.floor(seconds % 3600 / 60), s = seconds % 60;
    const two = function (x) { return (x < 10 ? "0" : "") + x; };
    return two(h) + ":" + two(m) + (s === 0 ? "" : ":" + two(s));
  }
  function minutes(d) { return (d * unitMinutes).toFixed(1) + " min"; }
  function hours(d) { return (d * unitMinutes / 60).toFixed(1) + " h"; }
  function words(name) { return name.replace(/_/g, " "); }
  function escape(s) { return s.replace(/[&<>"']/g, function (ch) { return "&#" + ch.charCodeAt(0) + ";"; }); }

  // ---- sizes ------------------------------------------------------------------------------------
  // Dots of 16 px and text of 16 px at 1080 px high, scaled with the window and the size control.
  let scale = 1;
  function unit() { return scale * Math.max(5, Math.min(11, window.innerHeight / 135)); }

  // ---- markers ----------------------------------------------------------------------------------
  // Adds the shape to the current path (so many customers of a type are filled and outlined at once).
  function shapePath(ctx, shape, x, y, r) {
    const poly = function (n, rot, rr) {
      for (let k = 0; k < n; k++) {
        const a = rot + k * 2 * Math.PI / n;
        if (k === 0) ctx.moveTo(x + rr * Math.cos(a), y + rr * Math.sin(a)); else ctx.lineTo(x + rr * Math.cos(a), y + rr * Math.sin(a));
      }
      ctx.closePath();
    };
    if (shape === "circle") { ctx.moveTo(x + r, y); ctx.arc(x, y, r, 0, 2 * Math.PI); }
    else if (shape === "square") ctx.rect(x - r * 0.88, y - r * 0.88, r * 1.76, r * 1.76);
    else if (shape === "triangle") poly(3, -Math.PI / 2, r * 1.2);
    else if (shape === "down") poly(3, Math.PI / 2, r * 1.2);
    else if (shape === "diamond") poly(4, -Math.PI / 2, r * 1.2);
    else if (shape === "pentagon") poly(5, -Math.PI / 2, r * 1.08);
    else if (shape === "hexagon") poly(6, 0, r * 1.05);
    else { // star
      for (let k = 0; k < 10; k++) {
        const a = -Math.PI / 2 + k * Math.PI / 5, rr = k % 2 ? r * 0.6 : r * 1.25;
        if (k === 0) ctx.moveTo(x + rr * Math.cos(a), y + rr * Math.sin(a)); else ctx.lineTo(x + rr * Math.cos(a), y + rr * Math.sin(a));
      }
      ctx.closePath();
    }
  }
  // A customer: the type's colour and shape with a dark outline (3:1 against the hall whatever the colour).
  function drawCustomer(ctx, type, x, y, r, redo) {
    ctx.beginPath();
    shapePath(ctx, SHAPES[type % SHAPES.length], x, y, r);
    ctx.fillStyle = PALETTE[type % PALETTE.length];
    ctx.fill();
    ctx.lineWidth = Math.max(1.5, r / 5);
    ctx.strokeStyle = C.outline;
    ctx.stroke();
    if (redo) {
      ctx.beginPath();
      ctx.arc(x, y, r + ctx.lineWidth * 2, 0, 2 * Math.PI);
      ctx.setLineDash([r / 2, r / 3]);
      ctx.strokeStyle = C.rework;
      ctx.stroke();
      ctx.setLineDash([]);
    }
  }
  // Gave up: a black cross, outside the type colours and shapes.
  function drawGone(ctx, x, y, r) {
    ctx.strokeStyle = C.gaveUp;
    ctx.lineWidth = Math.max(2.5, r / 2.5);
    ctx.lineCap = "round";
    ctx.beginPath();
    ctx.moveTo(x - r, y - r); ctx.lineTo(x + r, y + r);
    ctx.moveTo(x + r, y - r); ctx.lineTo(x - r, y + r);
    ctx.stroke();
    ctx.lineCap = "butt";
  }
  // A server place: idle (empty, solid border), busy (dark border, the customer inside), off shift (dashed,
  // crossed), out of service (hatched).
  function drawServer(ctx, state, x, y, b) {
    const h = b / 2;
    ctx.lineWidth = Math.max(2, b / 10);
    ctx.setLineDash([]);
    if (state === "idle") {
      ctx.fillStyle = C.zone; ctx.fillRect(x - h, y - h, b, b);
      ctx.strokeStyle = C.idle; ctx.strokeRect(x - h, y - h, b, b);
    } else if (state === "busy") {
      ctx.fillStyle = C.zone; ctx.fillRect(x - h, y - h, b, b);
      ctx.strokeStyle = C.busy; ctx.lineWidth = Math.max(3, b / 7); ctx.strokeRect(x - h, y - h, b, b);
    } else if (state === "off") {
      ctx.strokeStyle = C.off;
      ctx.setLineDash([b / 6, b / 8]);
      ctx.strokeRect(x - h, y - h, b, b);
      ctx.setLineDash([]);
      ctx.lineWidth = 1.5;
      ctx.beginPath(); ctx.moveTo(x - h, y + h); ctx.lineTo(x + h, y - h); ctx.stroke();
    } else { // down
      ctx.fillStyle = C.zone; ctx.fillRect(x - h, y - h, b, b);
      ctx.strokeStyle = C.down;
      ctx.save();
      ctx.beginPath(); ctx.rect(x - h, y - h, b, b); ctx.clip();
      ctx.lineWidth = 2;
      ctx.beginPath();
      for (let k = -b; k < b; k += b / 4) { ctx.moveTo(x - h + k, y + h); ctx.lineTo(x - h + k + b, y - h); }
      ctx.stroke();
      ctx.restore();
      ctx.lineWidth = Math.max(3, b / 7);
      ctx.strokeRect(x - h, y - h, b, b);
    }
  }
  function drawLegend() {
    document.querySelectorAll("canvas.mark").forEach(function (cv) {
      const ratio = window.devicePixelRatio || 1, s = cv.clientWidth || 20;
      cv.width = Math.round(s * ratio); cv.height = Math.round(s * ratio);
      const ctx = cv.getContext("2d");
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, s, s);
      const m = s / 2, r = s * 0.3, kind = cv.dataset.mark;
      if (kind === "type") drawCustomer(ctx, Number(cv.dataset.type), m, m, r, false);
      else if (kind === "rework") drawCustomer(ctx, 0, m, m, r * 0.7, true);
      else if (kind === "gone") drawGone(ctx, m, m, r);
      else if (kind === "busy") { drawServer(ctx, "busy", m, m, s * 0.9); drawCustomer(ctx, 0, m, m, r * 0.8, false); }
      else drawServer(ctx, kind, m, m, s * 0.8);
    });
  }

  // ---- layout -----------------------------------------------------------------------------------
  // Entrance | the steps in the order customers visit them, one column each (parallel alternatives as lanes,
  // one above the other), the same columns in both panels | exit. A zone: its line, front nearest its servers.
  function layout(panel, width, height) {
    const R = unit(), font = Math.max(12, Math.round(2 * R)), box = Math.round(2 * R + 8);
    const side = Math.max(30, Math.round(3.2 * R + 8));
    const top = Math.round(font * 2.4) + 6;
    const hasLoop = panel.edges.some(function (e) { return e.loop; });
    const loopBand = hasLoop ? Math.round(font * 1.6) : 0;
    const columns = Math.max(1, DATA.columns);
    const colW = (width - 2 * side) / columns;
    const bottom = height - 4 - loopBand;
    // a pool is drawn at the first step it serves, in visiting order
    const home = new Map();
    const visiting = panel.steps.map(function (s, i) { return i; })
      .sort(function (a, b) { return panel.steps[a].column - panel.steps[b].column || panel.steps[a].lane - panel.steps[b].lane; });
    visiting.forEach(function (i) { panel.steps[i].pools.forEach(function (p) { if (!home.has(p)) home.set(p, i); }); });
    const zoneOf = function (column, lane) {
      const lanes = Math.max(1, DATA.lanes[column] || 1);
      const h = (bottom - top) / lanes;
      return {x: side + column * colW, y: top + lane * h, w: colW, h: h};
    };
    const zones = panel.steps.map(function (s, i) {
      const z = zoneOf(s.column, s.lane);
      const pools = s.pools.filter(function (p) { return home.get(p) === i; });
      const cols = Math.max(1, Math.floor((z.w - 10) / (box + 5)));
      const places = new Map();
      let rows = 0;
      pools.forEach(function (p) { rows += Math.ceil(Math.max(1, panel.pools[p].slots) / cols); });
      const labelH = Math.round(font * 0.9);
      const serverH = pools.length * labelH + rows * (box + 5);
      const serverTop = pools.length ? Math.max(z.y + z.h * 0.35, z.y + z.h - serverH - 4) : z.y + z.h;
      let y = serverTop;
      pools.forEach(function (p) {
        const slots = Math.max(1, panel.pools[p].slots);
        const list = [];
        y += labelH;
        for (let k = 0; k < slots; k++) {
          list.push({x: z.x + 6 + (k % cols) * (box + 5) + box / 2, y: y + Math.floor(k / cols) * (box + 5) + box / 2, label: y - labelH / 2});
        }
        places.set(p, list);
        y += Math.ceil(slots / cols) * (box + 5);
      });
      return {x: z.x, y: z.y, w: z.w, h: z.h, step: s, index: i, queueTop: z.y + font * 0.9 + 4, queueBottom: serverTop - 4,
        serverTop: serverTop, pools: pools, places: places, hasLine: s.pools.length > 0};
    });
    const mid = top + (bottom - top) / 2;
    return {width: width, height: height, side: side, top: top, bottom: bottom, R: R, font: font, box: box, zones: zones,
      home: home, columns: columns, colW: colW, zoneOf: zoneOf,
      entrance: {x: side / 2, y: mid}, exit: {x: width - side / 2, y: mid}};
  }

  // The k-th place of a line, front first: rows from the servers up, left to right; null when the zone is full.
  function queueSpot(lay, zone, k) {
    const d = 2 * lay.R + 4;
    const cols = Math.max(1, Math.floor((zone.w - 10) / d));
    const rows = Math.max(1, Math.floor((zone.queueBottom - zone.queueTop) / d));
    if (k >= cols * rows) return null;
    return {x: zone.x + 5 + lay.R + 2 + (k % cols) * d, y: zone.queueBottom - lay.R - 2 - Math.floor(k / cols) * d, cols: cols};
  }

  function delaySpot(lay, zone, k) {
    const d = 2 * lay.R + 6;
    const cols = Math.max(1, Math.floor((zone.w - 10) / d));
    return {x: zone.x + 5 + lay.R + 2 + (k % cols) * d, y: zone.queueTop + lay.R + 4 + Math.floor(k / cols) * d};
  }

  function centre(zone) { return {x: zone.x + zone.w / 2, y: zone.queueBottom}; }

  // Where a customer is at run time t, as a target the dot eases to: {x, y, mode}; queue and delay are
  // placed per zone afterwards; null: not in the hall.
  function whereabouts(panel, lay, c, t) {
    if (c.arrived > t) return null;
    if (c.left <= t) {
      if (t - c.left > FADE) return null;
      const f = (t - c.left) / FADE;
      if (c.exit === 0) return {x: lay.exit.x, y: lay.exit.y, alpha: 1 - f * 0.8, mode: "out"};
      const last = c.segs.length ? c.segs[c.segs.length - 1] : null;
      const z = last ? lay.zones[last.step] : null;
      const from = z ? {x: z.x + z.w / 2, y: z.queueBottom} : lay.entrance;
      return {x: from.x, y: Math.min(lay.bottom - lay.R, from.y + f * 3 * lay.R), alpha: 1 - f * 0.6, mode: "gone"};
    }
    let seg = null, prev = null, index = -1;
    for (let i = 0; i < c.segs.length; i++) {
      const s = c.segs[i];
      if (s.from > t) break;
      if (t < s.to || (s.from === s.to && s.from === t)) { seg = s; index = i; }
      prev = s;
    }
    if (!seg) {
      const z = prev ? lay.zones[prev.step] : null;
      return z ? {x: z.x + z.w / 2, y: z.queueBottom, mode: "move"} : {x: lay.entrance.x, y: lay.entrance.y, mode: "move"};
    }
    const zone = lay.zones[seg.step];
    if (seg.kind === 0) { // walking: from where the last segment ended to the line of the step
      const before = index > 0 ? c.segs[index - 1] : null;
      const a = before ? endOf(lay, before) : lay.entrance;
      // to the back of the step's line, or into a step without one
      const b = zone.hasLine ? {x: zone.x + zone.w / 2, y: zone.queueBottom - lay.R} : delaySpot(lay, zone, 0);
      const f = (t - seg.from) / (seg.to - seg.from);
      return {x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f, mode: "walk"};
    }
    if (seg.kind === 1) return {queue: seg, zone: zone};
    if (seg.kind === 2) {
      const spot = serverSpot(lay, seg);
      return {x: spot.x, y: spot.y, mode: "service", redo: seg.redo};
    }
    return {delay: seg, zone: zone, redo: seg.redo};
  }

  function serverSpot(lay, seg) {
    const spots = lay.zones[lay.home.get(seg.pool)].places.get(seg.pool);
    return spots[Math.min(seg.slot, spots.length - 1)];
  }
  function endOf(lay, seg) {
    if (seg.kind === 2) return serverSpot(lay, seg);
    const z = lay.zones[seg.step];
    return seg.kind === 1 ? {x: z.x + 5 + lay.R, y: z.queueBottom - lay.R} : centre(z);
  }

  // The calling order of a line at time t, as model.Line calls it: customers overdue after max_wait first
  // (longest-waiting first), then by rank of the discipline, within a rank interrupted customers first, then
  // in order of joining.
  function callingOrder(step, list, t) {
    const maxWait = step.maxWait;
    list.forEach(function (q) {
      q.overdue = maxWait !== undefined && t - q.seg.from >= maxWait;
      q.rank = step.ranks[q.c.type];
    });
    return list.sort(function (a, b) {
      if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
      if (a.overdue) return a.seg.from - b.seg.from || a.c.id - b.c.id;
      if (a.rank !== b.rank) return a.rank - b.rank;
      if (a.seg.interrupted !== b.seg.interrupted) return a.seg.interrupted ? -1 : 1;
      if (a.seg.interrupted) return b.seg.from - a.seg.from;
      return a.seg.from - b.seg.from || a.c.id - b.c.id;
    });
  }

  // ---- drawing ----------------------------------------------------------------------------------
  function Panel(index, data, root) {
    this.index = index;
    this.data = data;
    this.canvas = root.querySelector("canvas.hall");
    this.ctx = this.canvas.getContext("2d");
    this.countersBox = root.querySelector(".counters");
    this.personBox = root.querySelector(".person");
    this.dots = [];
    this.shown = new Map(); // customer id -> where its dot is drawn, easing towards its place
    this.lines = new Map(); // step -> the ids in its line, in calling order
    this.lay = null;
  }

  Panel.prototype.resize = function () {
    const ratio = window.devicePixelRatio || 1;
    const w = this.canvas.clientWidth, h = this.canvas.clientHeight;
    this.canvas.width = Math.round(w * ratio);
    this.canvas.height = Math.round(h * ratio);
    this.ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    this.lay = layout(this.data, w, h);
    this.shown.clear();
    this.back = document.createElement("canvas");
    this.back.width = this.canvas.width;
    this.back.height = this.canvas.height;
    const back = this.back.getContext("2d");
    back.setTransform(ratio, 0, 0, ratio, 0, 0);
    this.drawHall(back);
  };

  function fitText(ctx, text, width) {
    const out = [];
    let line = "";
    text.split(" ").forEach(function (word) {
      const next = line ? line + " " + word : word;
      if (ctx.measureText(next).width <= width || !line) line = next; else { out.push(line); line = word; }
    });
    if (line) out.push(line);
    return out;
  }

  // The hall without its people and server states, drawn once per size into a layer of its own.
  Panel.prototype.drawHall = function (ctx) {
    const lay = this.lay, d = this.data, R = lay.R, font = lay.font;
    ctx.fillStyle = C.zone;
    ctx.fillRect(0, 0, lay.width, lay.height);
    ctx.textBaseline = "middle";
    ctx.textAlign = "center";
    ctx.font = "bold " + font + "px system-ui, sans-serif";
    ctx.fillStyle = C.ink;
    ctx.fillText("in", lay.entrance.x, lay.top / 2);
    ctx.fillText("out", lay.exit.x, lay.top / 2);
    // empty places of the common grid: a step the other panel has and this one has not
    const used = new Set(d.steps.map(function (s) { return s.column + "/" + s.lane; }));
    for (let col = 0; col < lay.columns; col++) {
      for (let lane = 0; lane < (DATA.lanes[col] || 1); lane++) {
        if (used.has(col + "/" + lane)) continue;
        const z = lay.zoneOf(col, lane);
        ctx.strokeStyle = C.off;
        ctx.setLineDash([4, 4]);
        ctx.lineWidth = 1;
        ctx.strokeRect(z.x + 3, z.y + 2, z.w - 6, z.h - 4);
        ctx.setLineDash([]);
        ctx.fillStyle = C.off;
        ctx.font = Math.round(font * 0.8) + "px system-ui, sans-serif";
        fitText(ctx, "no step here", z.w - 10).forEach(function (l, k) { ctx.fillText(l, z.x + z.w / 2, z.y + z.h / 2 + k * font); });
      }
    }
    // flow: an arrow between consecutive columns, a loop back under the hall for rework and second visits
    ctx.strokeStyle = C.ink;
    ctx.fillStyle = C.ink;
    for (let col = 0; col <= lay.columns; col++) {
      const x = lay.side + col * lay.colW;
      const y = lay.top - font * 0.55;
      ctx.beginPath(); ctx.moveTo(x - R * 0.8, y - R * 0.6); ctx.lineTo(x + R * 0.2, y); ctx.lineTo(x - R * 0.8, y + R * 0.6); ctx.fill();
    }
    for (const z of lay.zones) {
      ctx.fillStyle = (z.step.column % 2) ? C.zoneAlt : C.zone;
      ctx.fillRect(z.x + 2, z.y, z.w - 4, z.h);
      ctx.strokeStyle = "#c9d1db";
      ctx.lineWidth = 1;
      ctx.strokeRect(z.x + 2, z.y, z.w - 4, z.h);
      // the step's name over its column (lanes: at the top of the lane)
      ctx.fillStyle = C.ink;
      ctx.textAlign = "center";
      ctx.font = "bold " + font + "px system-ui, sans-serif";
      const name = fitText(ctx, words(z.step.name), z.w - 8).slice(0, 2);
      if (z.step.lane === 0) {
        name.forEach(function (l, k) { ctx.fillText(l, z.x + z.w / 2, (name.length === 1 ? lay.top * 0.42 : font * (0.6 + k * 1.05))); });
      } else {
        name.slice(0, 1).forEach(function (l) { ctx.fillText(l, z.x + z.w / 2, z.y + font * 0.55); });
      }
      ctx.font = Math.round(font * 0.8) + "px system-ui, sans-serif";
      ctx.fillStyle = C.ink;
      ctx.textAlign = "left";
      const order = z.hasLine ? (z.step.ranks.some(function (r) { return r > 0; }) ? "line: by priority" : "line")
        : "in progress";
      if (z.step.lane === 0) ctx.fillText(fitText(ctx, order, z.w - 10)[0], z.x + 6, z.y + font * 0.5);
      for (const p of z.pools) {
        ctx.fillStyle = C.ink;
        ctx.textAlign = "left";
        ctx.font = Math.round(font * 0.8) + "px system-ui, sans-serif";
        ctx.fillText(fitText(ctx, words(d.pools[p].name), z.w - 10)[0], z.x + 6, z.places.get(p)[0].label);
      }
    }
    // loops under the hall
    const band = lay.bottom + 4;
    for (const e of d.edges) {
      if (!e.loop) continue;
      const a = lay.zones[e.from], b = lay.zones[e.to];
      const x1 = a.x + a.w * 0.5, x2 = b.x + b.w * 0.35, y1 = a.y + a.h, y3 = Math.min(lay.height - 3, band + font);
      ctx.strokeStyle = C.ink;
      ctx.lineWidth = 2;
      ctx.setLineDash([6, 4]);
      ctx.beginPath();
      ctx.moveTo(x1, y1);
      ctx.lineTo(x1, y3); ctx.lineTo(x2, y3); ctx.lineTo(x2, b.y + b.h + 2);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = C.ink;
      ctx.beginPath(); ctx.moveTo(x2 - R * 0.7, b.y + b.h + R); ctx.lineTo(x2, b.y + b.h + 1); ctx.lineTo(x2 + R * 0.7, b.y + b.h + R); ctx.fill();
      ctx.font = Math.round(font * 0.8) + "px system-ui, sans-serif";
      ctx.textAlign = "center";
      ctx.fillStyle = C.zone;
      const rework = e.rework || d.edges.some(function (r) { return r.rework && r.from === e.to && r.to === e.from; });
      const label = (rework ? "rework" : "back") + " ↺";
      const lw = ctx.measureText(label).width + 8;
      ctx.fillRect((x1 + x2) / 2 - lw / 2, y3 - font * 0.5, lw, font);
      ctx.fillStyle = C.ink;
      ctx.fillText(label, (x1 + x2) / 2, y3);
    }
  };

  Panel.prototype.draw = function (t, selected, ease) {
    const ctx = this.ctx, lay = this.lay, d = this.data, R = lay.R, font = lay.font;
    if (!this.back.width || !this.back.height) return; // not laid out (a closed section of the report): nothing to draw
    ctx.drawImage(this.back, 0, 0, lay.width, lay.height);
    ctx.textBaseline = "middle";
    for (const z of lay.zones) {
      for (const p of z.pools) {
        const st = poolState(d, p, t);
        const spots = z.places.get(p);
        spots.forEach(function (s, k) { s.state = st.down ? "down" : k < st.onDuty ? "idle" : "off"; });
        if (st.down) {
          ctx.font = "bold " + Math.round(font * 0.8) + "px system-ui, sans-serif";
          ctx.textAlign = "right";
          ctx.fillStyle = C.ink;
          ctx.fillText("out of service", z.x + z.w - 6, spots[0].label);
        }
      }
    }
    const queues = new Map(), delays = new Map(), placed = [];
    for (const c of d.customers) {
      if (c.arrived > t) break;
      const w = whereabouts(d, lay, c, t);
      if (!w) continue;
      if (w.queue) {
        if (!queues.has(w.queue.step)) queues.set(w.queue.step, []);
        queues.get(w.queue.step).push({c: c, seg: w.queue});
      } else if (w.delay) {
        if (!delays.has(w.delay.step)) delays.set(w.delay.step, []);
        delays.get(w.delay.step).push({c: c, seg: w.delay});
      } else placed.push({c: c, x: w.x, y: w.y, alpha: w.alpha === undefined ? 1 : w.alpha, mode: w.mode, redo: w.redo});
    }
    const lines = new Map();
    queues.forEach(function (list, step) {
      const zone = lay.zones[step];
      callingOrder(d.steps[step], list, t);
      lines.set(step, list.map(function (q) { return q.c.id; }));
      let hidden = 0, k = 0, rank = list.length ? list[0].rank : 0;
      list.forEach(function (q) {
        // a new calling class starts a new row: the urgent customers stand together at the front
        if (q.rank !== rank && !q.overdue) {
          const first = queueSpot(lay, zone, 0);
          if (first && k % first.cols !== 0) k += first.cols - k % first.cols;
          rank = q.rank;
        }
        const spot = queueSpot(lay, zone, k++);
        if (spot) placed.push({c: q.c, x: spot.x, y: spot.y, alpha: 1, mode: "queue"});
        else hidden++;
      });
      ctx.fillStyle = C.ink;
      ctx.textAlign = "right";
      ctx.font = "bold " + Math.round(font * 0.8) + "px system-ui, sans-serif";
      const text = list.length + (hidden ? " (+" + hidden + " not shown)" : " waiting");
      ctx.fillText(hidden ? "+" + hidden + " more" : String(list.length), zone.x + zone.w - 6, zone.y + font * 0.5 + (zone.step.lane === 0 ? 0 : font));
      zone.queueText = text;
    });
    delays.forEach(function (list, step) {
      const zone = lay.zones[step];
      list.sort(function (a, b) { return a.seg.from - b.seg.from || a.c.id - b.c.id; });
      list.forEach(function (q, k) {
        const spot = delaySpot(lay, zone, k);
        placed.push({c: q.c, x: spot.x, y: Math.min(spot.y, zone.y + zone.h - R - 2), alpha: 1, mode: "delay", redo: q.seg.redo});
      });
    });
    this.lines = lines;
    // servers: busy where a customer is served
    const busy = new Set();
    placed.forEach(function (p) { if (p.mode === "service") busy.add(p.x + "/" + p.y); });
    for (const z of lay.zones) {
      for (const p of z.pools) {
        z.places.get(p).forEach(function (s) { drawServer(ctx, busy.has(s.x + "/" + s.y) ? "busy" : s.state, s.x, s.y, lay.box); });
      }
    }
    // ease every dot towards its place: moves stay visible at any speed; a jump in time snaps
    const shown = this.shown, next = new Map();
    for (const p of placed) {
      const was = shown.get(p.c.id);
      p.target = {x: p.x, y: p.y};
      if (was && ease > 0) {
        p.x = was.x + (p.x - was.x) * ease;
        p.y = was.y + (p.y - was.y) * ease;
      } else if (!was && ease > 0 && p.mode !== "out" && p.mode !== "gone") {
        // a customer who just came in starts at the entrance
        const f = Math.min(1, ease);
        p.x = lay.entrance.x + (p.x - lay.entrance.x) * f;
        p.y = lay.entrance.y + (p.y - lay.entrance.y) * f;
      }
      next.set(p.c.id, {x: p.x, y: p.y});
    }
    this.shown = next;
    this.dots = placed;
    // the customers of a type in one path: one fill and one outline per type, whatever the crowd
    const byType = new Map();
    for (const p of placed) {
      if (p.mode === "gone" || p.alpha < 1) {
        ctx.globalAlpha = Math.max(0, p.alpha);
        if (p.mode === "gone") drawGone(ctx, p.x, p.y, R * 0.9); else drawCustomer(ctx, p.c.type, p.x, p.y, R, p.redo);
        ctx.globalAlpha = 1;
      } else {
        if (!byType.has(p.c.type)) byType.set(p.c.type, []);
        byType.get(p.c.type).push(p);
      }
    }
    ctx.lineWidth = Math.max(1.5, R / 5);
    ctx.strokeStyle = C.outline;
    byType.forEach(function (list, type) {
      ctx.beginPath();
      list.forEach(function (p) { shapePath(ctx, SHAPES[type % SHAPES.length], p.x, p.y, R); });
      ctx.fillStyle = PALETTE[type % PALETTE.length];
      ctx.fill();
      ctx.stroke();
    });
    const redo = placed.filter(function (p) { return p.redo && p.mode !== "gone" && p.alpha >= 1; });
    if (redo.length) {
      const ring = R + 2 * Math.max(1.5, R / 5);
      ctx.beginPath();
      redo.forEach(function (p) { ctx.moveTo(p.x + ring, p.y); ctx.arc(p.x, p.y, ring, 0, 2 * Math.PI); });
      ctx.setLineDash([R / 2, R / 3]);
      ctx.strokeStyle = C.rework;
      ctx.stroke();
      ctx.setLineDash([]);
    }
    const chosen = selected === null ? null : placed.find(function (p) { return p.c.id === selected; });
    if (chosen) {
      ctx.strokeStyle = C.ink;
      ctx.lineWidth = 3;
      ctx.beginPath();
      ctx.arc(chosen.x, chosen.y, R + 6, 0, 2 * Math.PI);
      ctx.stroke();
    }
    ctx.lineWidth = 1;
    this.showCounters(t);
  };

  Panel.prototype.showCounters = function (t) {
    const k = counters(this.data, t);
    const set = function (box, name, value, text) {
      const el = box.querySelector('[data-counter="' + name + '"]');
      el.dataset.value = String(value);
      el.textContent = text;
    };
    set(this.countersBox, "inQueue", k.inQueue, String(k.inQueue));
    set(this.countersBox, "served", k.served, String(k.served));
    set(this.countersBox, "abandoned", k.abandoned, String(k.abandoned));
    set(this.countersBox, "meanWait", k.meanWait, isNaN(k.meanWait) ? "–" : minutes(k.meanWait));
    set(this.countersBox, "waiting", k.waiting, hours(k.waiting));
    set(this.countersBox, "motion", k.motion, hours(k.motion));
    set(this.countersBox, "defects", k.defects, hours(k.defects));
    set(this.countersBox, "overprocessing", k.overprocessing, hours(k.overprocessing));
  };

  Panel.prototype.hit = function (x, y) {
    const reach = this.lay.R + 5;
    let best = null, bestD = reach * reach;
    for (const p of this.dots) {
      const dd = (p.x - x) * (p.x - x) + (p.y - y) * (p.y - y);
      if (dd <= bestD) { best = p.c.id; bestD = dd; }
    }
    return best;
  };

  Panel.prototype.showPerson = function (id) {
    const box = this.personBox;
    const c = id === null ? null : this.data.byId.get(id);
    if (!c) {
      box.innerHTML = id === null ? "<p class='hint'>Click a customer (or press ] ) to follow " +
        (panels.length > 1 ? "the same person in both panels.</p>" : "them through the day.</p>")
        : "<p>Customer #" + id + " is not in this run.</p>";
      return;
    }
    const steps = this.data.steps, pools = this.data.pools;
    const name = function (step) { return escape(words(steps[step].name)); };
    const rows = c.segs.filter(function (s) { return s.to - s.from > 1e-9 || s.kind === 2 || s.kind === 3; }).map(function (s) {
      const what = s.kind === 0 ? "walks to " + name(s.step)
        : s.kind === 1 ? "waits at " + name(s.step)
        : s.kind === 2 ? (s.redo ? "rework at " : "served at ") + name(s.step) + " (" + escape(words(pools[s.pool].name)) + " " + (s.slot + 1) + ")"
        : (s.redo ? "rework: " : "") + name(s.step);
      const cls = s.kind === 1 ? "w" : s.kind === 0 ? "m" : s.redo ? "d" : steps[s.step].value === "waste" ? "o" : "v";
      return "<tr class='" + cls + "'><td>" + clock(s.from) + "</td><td>" + (isFinite(s.to) ? minutes(s.to - s.from) : "…") +
        "</td><td>" + what + "</td></tr>";
    }).join("");
    const L = c.ledger;
    const lead = isFinite(c.left) ? minutes(c.left - c.arrived) : "still inside";
    box.innerHTML = "<h3 data-customer='" + c.id + "'>Customer #" + c.id + " · " + escape(words(DATA.types[c.type])) +
      "</h3><p>arrived " + clock(c.arrived) + ", " + EXIT[c.exit] + (isFinite(c.left) ? " at " + clock(c.left) : "") +
      "; time in the hall " + lead + "</p>" +
      (isFinite(c.left) ? "<p class='ledger'><span class='w'>waiting " + minutes(L.waiting) + "</span> <span class='v'>value-added " +
        minutes(L.valueAdded) + "</span> <span class='n'>necessary " + minutes(L.necessary) + "</span> <span class='o'>over-processing " +
        minutes(L.overprocessing) + "</span> <span class='m'>walking " + minutes(L.motion) + "</span> <span class='d'>rework " +
        minutes(L.defects) + "</span></p>" : "") + "<table class='timeline'>" + rows + "</table>";
  };

  // ---- live charts ------------------------------------------------------------------------------
  const LINE = [{colour: "#4d5866", dash: [7, 4]}, {colour: "#0072B2", dash: []}]; // baseline dashed grey, variant blue
  function Chart(canvas, pick, format) {
    this.canvas = canvas;
    this.ctx = canvas.getContext("2d");
    this.pick = pick;
    this.format = format;
    this.max = Math.max.apply(null, panels.map(function (p) {
      return pick(p.series).reduce(function (m, e) { return Math.max(m, e[1]); }, 0);
    }));
    const key = canvas.closest("figure").querySelector(".key");
    key.innerHTML = panels.map(function (p, i) {
      return "<i style='border-top-color:" + LINE[i].colour + ";border-top-style:" + (LINE[i].dash.length ? "dashed" : "solid") +
        "'></i>" + escape(i === 0 ? "baseline" : p.variant);
    }).join("");
  }
  Chart.prototype.resize = function () {
    const ratio = window.devicePixelRatio || 1;
    this.w = this.canvas.clientWidth; this.h = this.canvas.clientHeight;
    this.canvas.width = Math.round(this.w * ratio); this.canvas.height = Math.round(this.h * ratio);
    this.ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    this.drawnAt = null;
  };
  function niceStep(max, n) {
    const raw = max / n, p = Math.pow(10, Math.floor(Math.log10(raw)));
    const f = raw / p;
    return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
  }
  // drawn again only when the clock has moved by a pixel of the chart (or the chart was resized)
  Chart.prototype.draw = function (t) {
    const ctx = this.ctx, w = this.w, h = this.h, self = this;
    if (!w || !h) return;
    const pixel = Math.round(t / END * w * 2);
    if (pixel === this.drawnAt) return;
    this.drawnAt = pixel;
    const font = Math.max(11, Math.round(unit() * 1.5));
    ctx.clearRect(0, 0, w, h);
    ctx.font = font + "px system-ui, sans-serif";
    const left = ctx.measureText(this.format(this.max || 1)).width + 10, right = 8, top = 6, bottom = font + 6;
    const max = this.max > 0 ? this.max : 1;
    const step = niceStep(max, 3), yMax = Math.ceil(max / step) * step;
    const X = function (x) { return left + (w - left - right) * x / END; };
    const Y = function (y) { return top + (h - top - bottom) * (1 - y / yMax); };
    ctx.strokeStyle = "#d5dbe3"; ctx.fillStyle = C.ink; ctx.lineWidth = 1;
    ctx.textAlign = "right"; ctx.textBaseline = "middle";
    for (let y = 0; y <= yMax + 1e-9; y += step) {
      ctx.beginPath(); ctx.moveTo(left, Y(y)); ctx.lineTo(w - right, Y(y)); ctx.stroke();
      ctx.fillText(this.format(y), left - 4, Y(y));
    }
    ctx.textAlign = "center"; ctx.textBaseline = "top";
    const hourUnits = 60 / unitMinutes;
    const every = END / hourUnits > 10 ? 2 : 1;
    for (let k = Math.ceil(DATA.clockStart / hourUnits); (k * hourUnits - DATA.clockStart) <= END; k += every) {
      const x = X(k * hourUnits - DATA.clockStart);
      ctx.fillText(clock(k * hourUnits - DATA.clockStart).slice(0, 5), Math.min(w - 18, Math.max(left + 16, x)), h - bottom + 3);
    }
    panels.forEach(function (p, i) {
      const pts = self.pick(p.series);
      ctx.strokeStyle = LINE[i].colour; ctx.setLineDash(LINE[i].dash); ctx.lineWidth = 2.5;
      ctx.beginPath();
      let last = null;
      for (const e of pts) {
        if (e[0] > t) break;
        if (last === null) ctx.moveTo(X(e[0]), Y(e[1])); else { ctx.lineTo(X(e[0]), Y(last)); ctx.lineTo(X(e[0]), Y(e[1])); }
        last = e[1];
      }
      if (last !== null) ctx.lineTo(X(t), Y(last));
      ctx.stroke();
      ctx.setLineDash([]);
    });
    ctx.strokeStyle = C.ink; ctx.lineWidth = 1.5;
    ctx.beginPath(); ctx.moveTo(X(t), top); ctx.lineTo(X(t), h - bottom); ctx.stroke();
  };

  // ---- the player -------------------------------------------------------------------------------
  const views = panels.map(function (p, i) { return new Panel(i, p, document.querySelectorAll(".panel")[i]); });
  const charts = [new Chart(document.getElementById("chart-queue"), function (s) { return s.queue; }, function (y) { return String(Math.round(y)); }),
    new Chart(document.getElementById("chart-wait"), function (s) { return s.wait; }, function (y) { return (y * unitMinutes).toFixed(y * unitMinutes < 10 ? 1 : 0); })];
  const clockEl = document.getElementById("clock");
  const live = document.getElementById("live");
  const scrub = document.getElementById("scrub");
  const playBtn = document.getElementById("play");
  const speedSel = document.getElementById("speed");
  const sizeSel = document.getElementById("size");
  let t = 0, playing = false, speed = 60, selected = null, lastFrame = null, dirty = true, snap = true, lastSaid = -Infinity;
  const drawTimes = [], frameTimes = []; // the last 600 drawn frames: how long each took, and when

  scrub.max = String(END);
  scrub.step = "any";
  SPEEDS.forEach(function (s) {
    const o = document.createElement("option");
    o.value = String(s);
    o.textContent = s + "×";
    if (s === speed) o.selected = true;
    speedSel.appendChild(o);
  });
  function ticks() { // the slider reads as time of day: hour marks under it, as many as fit
    const box = document.querySelector(".ticks");
    box.textContent = "";
    const hourUnits = 60 / unitMinutes, hoursInDay = END / hourUnits;
    const room = Math.max(1, box.clientWidth || scrub.clientWidth);
    const every = [1, 2, 3, 4, 6, 12].find(function (n) { return room / (hoursInDay / n) >= 48; }) || 24;
    for (let k = Math.ceil(DATA.clockStart / hourUnits / every) * every; (k * hourUnits - DATA.clockStart) <= END; k += every) {
      const at = (k * hourUnits - DATA.clockStart) / END;
      const span = document.createElement("span");
      span.style.left = (100 * at) + "%";
      span.textContent = clock(k * hourUnits - DATA.clockStart).slice(0, 5);
      box.appendChild(span);
    }
  }

  function say(text) { live.textContent = text; }
  function setTime(x, jump) {
    t = Math.max(0, Math.min(END, x));
    scrub.value = String(t);
    scrub.setAttribute("aria-valuetext", clock(t));
    if (jump !== false) { snap = true; say(clock(t)); }
    dirty = true;
  }
  function setPlaying(on) {
    if (on && t >= END) setTime(0); // at the end, play starts the day again
    playing = on && t < END;
    playBtn.textContent = playing ? "❚❚ Pause" : "▶ Play";
    playBtn.setAttribute("aria-pressed", String(playing));
    lastFrame = null;
    if (!playing) say("paused at " + clock(t));
  }
  function nextEvent(dir) {
    if (dir > 0) {
      let lo = 0, hi = allEvents.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (allEvents[mid] <= t + 1e-9) lo = mid + 1; else hi = mid; }
      if (lo < allEvents.length) setTime(allEvents[lo]);
    } else {
      let lo = 0, hi = allEvents.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (allEvents[mid] < t - 1e-9) lo = mid + 1; else hi = mid; }
      if (lo > 0) setTime(allEvents[lo - 1]);
    }
  }
  function select(id) {
    selected = id;
    views.forEach(function (v) { v.showPerson(id); });
    dirty = true;
  }
  // [ and ]: the previous or next customer in the first panel's hall, by number
  function cycle(dir) {
    const ids = views[0].dots.map(function (p) { return p.c.id; }).sort(function (a, b) { return a - b; });
    if (!ids.length) return;
    let k = selected === null ? (dir > 0 ? 0 : ids.length - 1) : -1;
    if (k < 0) {
      k = dir > 0 ? ids.findIndex(function (id) { return id > selected; }) : ids.length - 1 - ids.slice().reverse().findIndex(function (id) { return id < selected; });
      if (k < 0 || k >= ids.length) k = dir > 0 ? 0 : ids.length - 1;
    }
    select(ids[k]);
  }
  function setSpeed(s) { speed = s; speedSel.value = String(s); }
  function peak() { setPlaying(false); setTime(PEAK); }
  function fullScreen() {
    if (document.fullscreenElement) document.exitFullscreen();
    else if (document.documentElement.requestFullscreen) document.documentElement.requestFullscreen().catch(function () {});
  }
  function resize() {
    views.forEach(function (v) { v.resize(); });
    charts.forEach(function (c) { c.resize(); });
    drawLegend();
    ticks();
    dirty = true;
    snap = true;
  }
  function setScale(s) {
    scale = s;
    sizeSel.value = String(s);
    document.documentElement.style.setProperty("--s", String(s));
    resize();
  }

  playBtn.addEventListener("click", function () { setPlaying(!playing); });
  speedSel.addEventListener("change", function () { speed = Number(speedSel.value); });
  sizeSel.addEventListener("change", function () { setScale(Number(sizeSel.value)); });
  scrub.addEventListener("input", function () { setTime(Number(scrub.value)); });
  document.getElementById("next").addEventListener("click", function () { setPlaying(false); nextEvent(1); });
  document.getElementById("prev").addEventListener("click", function () { setPlaying(false); nextEvent(-1); });
  document.getElementById("go-peak").addEventListener("click", peak);
  document.getElementById("full").addEventListener("click", fullScreen);
  if (!document.fullscreenEnabled) document.getElementById("full").hidden = true;
  views.forEach(function (v) {
    v.canvas.addEventListener("click", function (e) {
      const r = v.canvas.getBoundingClientRect();
      select(v.hit(e.clientX - r.left, e.clientY - r.top));
    });
  });
  // The shortcuts work whatever has focus (the slider, the speed menu, a button): taken before the control
  // sees them, so an arrow key never moves the slider or the menu instead.
  const KEYS = {
    " ": function () { setPlaying(!playing); },
    "ArrowRight": function () { setPlaying(false); nextEvent(1); },
    "ArrowLeft": function () { setPlaying(false); nextEvent(-1); },
    "+": function () { setSpeed(SPEEDS[Math.min(SPEEDS.length - 1, SPEEDS.indexOf(speed) + 1)]); },
    "=": function () { setSpeed(SPEEDS[Math.min(SPEEDS.length - 1, SPEEDS.indexOf(speed) + 1)]); },
    "-": function () { setSpeed(SPEEDS[Math.max(0, SPEEDS.indexOf(speed) - 1)]); },
    "Home": function () { setTime(0); },
    "End": function () { setTime(END); },
    "Escape": function () { select(null); },
    "p": peak, "P": peak,
    "f": fullScreen, "F": fullScreen,
    "]": function () { cycle(1); },
    "[": function () { cycle(-1); }
  };
  window.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const action = KEYS[e.key];
    if (!action) return;
    e.preventDefault();
    e.stopPropagation();
    action();
  }, true);
  window.addEventListener("keyup", function (e) { if (e.key === " ") e.preventDefault(); }, true); // no click on a focused button
  window.addEventListener("resize", resize);
  document.addEventListener("fullscreenchange", function () { document.getElementById("full").textContent = document.fullscreenElement ? "Exit full screen" : "Full screen"; });
  // printed, the hall shows the busiest moment (not an empty hall at opening time), without controls
  function forPrint() { if (t === 0) setTime(PEAK); resize(); drawNow(performance.now()); }
  window.addEventListener("beforeprint", forPrint);
  if (window.matchMedia) window.matchMedia("print").addEventListener("change", function (m) { if (m.matches) forPrint(); });

  function drawNow(now) {
    const began = performance.now();
    const elapsed = lastDraw === null ? 0 : now - lastDraw;
    const ease = snap ? 0 : 1 - Math.exp(-elapsed / EASE_MS);
    clockEl.textContent = clock(t);
    clockEl.dataset.time = String(t);
    views.forEach(function (v) { v.draw(t, selected, ease); });
    charts.forEach(function (c) { c.draw(t); });
    snap = false;
    lastDraw = now;
    // still easing towards their places: draw again next frame
    dirty = views.some(function (v) { return v.dots.some(function (p, k) { return p.mode !== "out" && p.mode !== "gone" && moving(v, p); }); });
    drawTimes.push(performance.now() - began);
    if (drawTimes.length > 600) drawTimes.shift();
    frameTimes.push(now);
    if (frameTimes.length > 600) frameTimes.shift();
  }
  function moving(v, p) { return p.target !== undefined && Math.abs(p.target.x - p.x) + Math.abs(p.target.y - p.y) > 0.5; }
  let lastDraw = null;

  function frame(now) {
    if (playing) {
      if (lastFrame !== null) {
        // speed x real time: simulated minutes per real second = speed / 60
        setTime(t + (now - lastFrame) / 1000 * speed / 60 / unitMinutes, false);
        if (t - lastSaid >= 30 / unitMinutes || t < lastSaid) { lastSaid = t; say(clock(t)); } // the clock, every half hour
        if (t >= END) setPlaying(false);
      }
      lastFrame = now;
    }
    if (dirty) drawNow(now); else lastDraw = now;
    window.requestAnimationFrame(frame);
  }

  // the legend says who is called first where a line is called by priority (the front rows of that line)
  (function calledFirst() {
    const seen = new Map();
    panels.forEach(function (p, i) {
      p.steps.forEach(function (st) {
        if (!st.ranks.some(function (r) { return r > 0; })) return;
        const first = DATA.types.filter(function (name, t) { return st.ranks[t] === 0; }).map(words).join(", ");
        const text = first + " called first at " + words(st.name)
            + (st.maxWait !== undefined ? " (anyone waiting over " + st.maxWait + " " + DATA.unit + " before all)" : "");
        if (!seen.has(text)) seen.set(text, []);
        seen.get(text).push(i === 0 ? "baseline" : p.variant);
      });
    });
    const legend = document.querySelector(".legend");
    seen.forEach(function (where, text) {
      const li = document.createElement("li");
      li.className = "first";
      li.textContent = text + (where.length < panels.length ? " (" + where.join(", ") + ")" : "");
      legend.appendChild(li);
    });
  })();
  views.forEach(function (v) { v.showPerson(null); });
  setScale(1);
  // #t=MINUTES (run time) starts there, e.g. animation-x.html#t=180 for the lunch peak; #play starts playing;
  // #peak opens at the busiest moment
  const start = /t=([0-9.]+)/.exec(window.location.hash);
  setTime(start ? Number(start[1]) : /peak/.test(window.location.hash) ? PEAK : 0);
  if (/play/.test(window.location.hash)) setPlaying(true);
  window.requestAnimationFrame(frame);

  // For tests and the curious: the player's state, and a customer's position on screen.
  window.leansimAnimation = {
    time: function () { return t; },
    setTime: function (x) { setTime(x); },
    playing: function () { return playing; },
    select: select,
    selected: function () { return selected; },
    speed: function () { return speed; },
    peak: function () { return PEAK; },
    end: function () { return END; },
    // where each customer is drawn, and the place it is moving to (tx, ty)
    dots: function (panel) {
      return views[panel].dots.map(function (p) {
        return {id: p.c.id, type: p.c.type, x: p.x, y: p.y, tx: p.target.x, ty: p.target.y, mode: p.mode};
      });
    },
    // the ids in a step's line as drawn, front first (the calling order)
    line: function (panel, step) { return (views[panel].lines.get(step) || []).slice(); },
    // the zones as drawn: step name, column, lane, and the box
    zones: function (panel) {
      return views[panel].lay.zones.map(function (z) { return {name: z.step.name, column: z.step.column, lane: z.step.lane, x: z.x, y: z.y, w: z.w, h: z.h}; });
    },
    sizes: function () { return {dot: 2 * views[0].lay.R, text: views[0].lay.font}; },
    counters: function (panel, at) { return counters(panels[panel], at === undefined ? t : at); },
    drawTimes: function () { return drawTimes.slice(); },
    frameTimes: function () { return frameTimes.slice(); }
  };
})();
