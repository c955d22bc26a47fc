// LeanSim animation: replays one simulated day of a baseline and a lean variant side by side.
// Data: the JSON in <script id="replay-data">, written by io.leansim.report.AnimationPage.
// No network, no library: a canvas per panel, redrawn on every animation frame while playing.
(function () {
  "use strict";
  const DATA = JSON.parse(document.getElementById("replay-data").textContent);
  const KIND = ["walk", "queue", "service", "delay"];
  const EXIT = ["completed", "abandoned", "balked", "inside"];
  const PALETTE = DATA.palette; // the legend's colours, from the page
  const SPEEDS = [1, 5, 10, 30, 60, 120, 300, 600];
  const R = 5; // dot radius, CSS pixels
  const unitMinutes = DATA.minutesPerUnit;
  const FADE = 4 / unitMinutes; // leavers stay visible for 4 simulated minutes

  // ---- data -------------------------------------------------------------------------------------
  function decode(panel) {
    const customers = panel.customers.map(function (c) {
      const segs = [];
      for (let i = 0; i < c[5].length; i += 7) {
        segs.push({kind: c[5][i], step: c[5][i + 1], from: c[5][i + 2], to: c[5][i + 3] === null ? Infinity : c[5][i + 3],
          pool: c[5][i + 4], slot: c[5][i + 5], redo: c[5][i + 6] === 1});
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
    return {variant: panel.variant, title: panel.title, steps: panel.steps, pools: panel.pools, customers: customers,
      byId: byId, changes: changes, events: events};
  }

  const panels = DATA.panels.map(decode);
  const allEvents = Array.from(new Set([].concat.apply([], panels.map(function (p) { return p.events; }))))
    .filter(isFinite).sort(function (a, b) { return a - b; });
  const END = DATA.end;

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

  // ---- layout -----------------------------------------------------------------------------------
  // Entrance | one zone per step (its line above, its pools' servers below) | exit.
  function layout(panel, width, height) {
    const margin = 8, side = 54;
    const n = panel.steps.length;
    const zoneW = (width - 2 * side - 2 * margin) / Math.max(1, n);
    const home = new Map(); // pool -> zone where it is drawn (first step it serves)
    panel.steps.forEach(function (s, i) { s.pools.forEach(function (p) { if (!home.has(p)) home.set(p, i); }); });
    const zones = panel.steps.map(function (s, i) {
      const x = margin + side + i * zoneW;
      const pools = s.pools.filter(function (p) { return home.get(p) === i; });
      const slotsTotal = pools.reduce(function (a, p) { return a + Math.max(1, panel.pools[p].slots); }, 0);
      const serverTop = height * 0.58;
      const places = new Map();
      let cursor = 0;
      const cols = Math.max(1, Math.floor((zoneW - 16) / 26));
      pools.forEach(function (p) {
        const slots = Math.max(1, panel.pools[p].slots);
        const list = [];
        for (let k = 0; k < slots; k++) {
          const idx = cursor + k;
          list.push({x: x + 8 + (idx % cols) * 26 + 11, y: serverTop + 22 + Math.floor(idx / cols) * 34});
        }
        places.set(p, list);
        cursor = Math.ceil((cursor + slots) / cols) * cols; // each pool starts a row of its own
      });
      return {x: x, w: zoneW, step: s, index: i, queueTop: 42, queueBottom: serverTop - 8, serverTop: serverTop,
        pools: pools, places: places, hasLine: s.pools.length > 0, slotsTotal: slotsTotal};
    });
    return {width: width, height: height, side: side, margin: margin, zones: zones, home: home,
      entrance: {x: margin + side / 2, y: height * 0.45}, exit: {x: width - margin - side / 2, y: height * 0.45}};
  }

  function queueSpot(zone, k) {
    const cols = Math.max(1, Math.floor((zone.w - 12) / (2 * R + 3)));
    const rows = Math.max(1, Math.floor((zone.queueBottom - zone.queueTop) / (2 * R + 3)));
    if (k >= cols * rows) return null;
    return {x: zone.x + 6 + R + (k % cols) * (2 * R + 3), y: zone.queueTop + R + Math.floor(k / cols) * (2 * R + 3)};
  }

  // Where a customer is at run time t (null: not in the hall), and how to draw it.
  function whereabouts(panel, lay, c, t, queues) {
    if (c.arrived > t) return null;
    if (c.left <= t) {
      if (t - c.left > FADE) return null;
      const last = c.segs.length ? c.segs[c.segs.length - 1] : null;
      const zone = last ? lay.zones[last.step] : null;
      const from = zone ? {x: zone.x + zone.w / 2, y: zone.queueBottom} : lay.entrance;
      const f = (t - c.left) / FADE;
      if (c.exit === 0) return {x: from.x + (lay.exit.x - from.x) * f, y: from.y + (lay.exit.y - from.y) * f, alpha: 1 - f, mode: "out"};
      return {x: from.x, y: from.y + f * (lay.height - from.y - 10), alpha: 1 - f * 0.7, mode: "gone"};
    }
    let seg = null, prev = null;
    for (const s of c.segs) {
      if (s.from > t) break;
      if (t < s.to || (s.from === s.to && s.from === t)) { seg = s; }
      prev = s;
    }
    if (!seg) {
      // between segments (a zero-length instant) or before the first: at the entrance or last zone
      const z = prev ? lay.zones[prev.step] : null;
      return z ? {x: z.x + z.w / 2, y: z.queueBottom, alpha: 1, mode: "move"} : {x: lay.entrance.x, y: lay.entrance.y, alpha: 1, mode: "move"};
    }
    const zone = lay.zones[seg.step];
    if (seg.kind === 0) { // walking: from where the customer was to the line of the step
      const i = c.segs.indexOf(seg);
      const before = i > 0 ? c.segs[i - 1] : null;
      const a = before ? {x: lay.zones[before.step].x + lay.zones[before.step].w / 2, y: lay.zones[before.step].queueBottom}
        : lay.entrance;
      const b = {x: zone.x + zone.w / 2, y: zone.queueTop};
      const f = (t - seg.from) / (seg.to - seg.from);
      return {x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f, alpha: 1, mode: "walk"};
    }
    if (seg.kind === 1) {
      const list = queues.get(seg.step) || [];
      list.push({c: c, since: seg.from});
      queues.set(seg.step, list);
      return {queued: true, zone: zone};
    }
    if (seg.kind === 2) {
      const homeZone = lay.zones[lay.home.get(seg.pool)];
      const spots = homeZone.places.get(seg.pool);
      const spot = spots[Math.min(seg.slot, spots.length - 1)];
      return {x: spot.x, y: spot.y, alpha: 1, mode: "service", redo: seg.redo};
    }
    // delay: in the zone's lower half
    const k = c.id % 12;
    return {x: zone.x + 14 + (k % 6) * (zone.w - 28) / 6, y: zone.serverTop + 20 + Math.floor(k / 6) * 16, alpha: 1, mode: "delay",
      redo: seg.redo};
  }

  // ---- drawing ----------------------------------------------------------------------------------
  function Panel(index, data, root) {
    this.index = index;
    this.data = data;
    this.canvas = root.querySelector("canvas");
    this.ctx = this.canvas.getContext("2d");
    this.countersBox = root.querySelector(".counters");
    this.personBox = root.querySelector(".person");
    this.dots = [];
    this.lay = null;
  }

  Panel.prototype.resize = function () {
    const ratio = window.devicePixelRatio || 1;
    const w = this.canvas.clientWidth, h = this.canvas.clientHeight;
    this.canvas.width = Math.round(w * ratio);
    this.canvas.height = Math.round(h * ratio);
    this.ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    this.lay = layout(this.data, w, h);
  };

  Panel.prototype.draw = function (t, selected) {
    const ctx = this.ctx, lay = this.lay, d = this.data;
    ctx.clearRect(0, 0, lay.width, lay.height);
    ctx.font = "12px system-ui, sans-serif";
    ctx.textBaseline = "middle";
    // entrance and exit
    ctx.fillStyle = "#eef2f7";
    ctx.fillRect(lay.margin, 24, lay.side - 6, lay.height - 32);
    ctx.fillRect(lay.width - lay.margin - lay.side + 6, 24, lay.side - 6, lay.height - 32);
    ctx.fillStyle = "#555";
    ctx.textAlign = "center";
    ctx.fillText("in", lay.entrance.x, 14);
    ctx.fillText("out", lay.exit.x, 14);
    // zones
    for (const z of lay.zones) {
      ctx.fillStyle = z.index % 2 ? "#f7f9fc" : "#f1f5fa";
      ctx.fillRect(z.x + 2, 24, z.w - 4, lay.height - 32);
      ctx.fillStyle = "#222";
      ctx.textAlign = "center";
      ctx.font = "bold 12px system-ui, sans-serif";
      ctx.fillText(z.step.name.replace(/_/g, " "), z.x + z.w / 2, 14);
      ctx.font = "12px system-ui, sans-serif";
      ctx.strokeStyle = "#cdd6e3";
      ctx.beginPath();
      ctx.moveTo(z.x + 6, z.serverTop);
      ctx.lineTo(z.x + z.w - 6, z.serverTop);
      ctx.stroke();
      ctx.fillStyle = "#666";
      ctx.textAlign = "left";
      ctx.fillText(z.hasLine ? "line" : "in progress (no queue)", z.x + 8, 30);
      for (const p of z.pools) {
        const st = poolState(d, p, t);
        const spots = z.places.get(p);
        ctx.fillStyle = "#666";
        ctx.fillText(d.pools[p].name.replace(/_/g, " ") + (st.down ? " (out of service)" : ""), spots[0].x - 11, spots[0].y - 17);
        spots.forEach(function (s, k) {
          const state = st.down ? "down" : k < st.onDuty ? "idle" : "off";
          ctx.fillStyle = state === "down" ? "#f4c7c3" : state === "idle" ? "#d5f0dc" : "#e3e3e3";
          ctx.strokeStyle = state === "down" ? "#c0392b" : state === "idle" ? "#2e8b57" : "#aaa";
          ctx.fillRect(s.x - 11, s.y - 11, 22, 22);
          ctx.strokeRect(s.x - 11, s.y - 11, 22, 22);
          if (state === "off") {
            ctx.beginPath();
            ctx.moveTo(s.x - 11, s.y + 11);
            ctx.lineTo(s.x + 11, s.y - 11);
            ctx.stroke();
          }
        });
      }
    }
    // customers
    const queues = new Map();
    const placed = [];
    for (const c of d.customers) {
      if (c.arrived > t) break;
      const w = whereabouts(d, lay, c, t, queues);
      if (w && !w.queued) placed.push({c: c, x: w.x, y: w.y, alpha: w.alpha, mode: w.mode, redo: w.redo});
    }
    queues.forEach(function (list, step) {
      const zone = lay.zones[step];
      list.sort(function (a, b) { return a.since - b.since || a.c.id - b.c.id; });
      let hidden = 0;
      list.forEach(function (q, k) {
        const spot = queueSpot(zone, k);
        if (spot) placed.push({c: q.c, x: spot.x, y: spot.y, alpha: 1, mode: "queue"});
        else hidden++;
      });
      ctx.fillStyle = "#333";
      ctx.textAlign = "right";
      ctx.fillText(list.length + " waiting" + (hidden ? " (+" + hidden + " not shown)" : ""), zone.x + zone.w - 8, 30);
    });
    this.dots = placed;
    for (const p of placed) {
      ctx.globalAlpha = Math.max(0, p.alpha);
      ctx.fillStyle = p.mode === "gone" ? "#c0392b" : PALETTE[p.c.type % PALETTE.length];
      ctx.beginPath();
      ctx.arc(p.x, p.y, R, 0, 2 * Math.PI);
      ctx.fill();
      if (p.redo) {
        ctx.strokeStyle = "#e67e22";
        ctx.lineWidth = 2;
        ctx.stroke();
        ctx.lineWidth = 1;
      }
      if (selected !== null && p.c.id === selected) {
        ctx.globalAlpha = 1;
        ctx.strokeStyle = "#000";
        ctx.lineWidth = 3;
        ctx.beginPath();
        ctx.arc(p.x, p.y, R + 4, 0, 2 * Math.PI);
        ctx.stroke();
        ctx.lineWidth = 1;
      }
    }
    ctx.globalAlpha = 1;
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
    let best = null, bestD = (R + 4) * (R + 4);
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
      box.innerHTML = id === null ? "<p class='hint'>Click a customer to follow the same person in both panels.</p>"
        : "<p>Customer #" + id + " is not in this run.</p>";
      return;
    }
    const steps = this.data.steps, pools = this.data.pools;
    const name = function (step) { return steps[step].name.replace(/_/g, " "); };
    const rows = c.segs.filter(function (s) { return s.to - s.from > 1e-9 || s.kind === 2 || s.kind === 3; }).map(function (s) {
      const what = s.kind === 0 ? "walks to " + name(s.step)
        : s.kind === 1 ? "waits at " + name(s.step)
        : s.kind === 2 ? (s.redo ? "rework at " : "served at ") + name(s.step) + " (" + pools[s.pool].name.replace(/_/g, " ") + " " + (s.slot + 1) + ")"
        : (s.redo ? "rework: " : "") + name(s.step);
      const cls = s.kind === 1 ? "w" : s.kind === 0 ? "m" : s.redo ? "d" : steps[s.step].value === "waste" ? "o" : "v";
      return "<tr class='" + cls + "'><td>" + clock(s.from) + "</td><td>" + (isFinite(s.to) ? minutes(s.to - s.from) : "…") +
        "</td><td>" + what + "</td></tr>";
    }).join("");
    const L = c.ledger;
    const lead = isFinite(c.left) ? minutes(c.left - c.arrived) : "still inside";
    box.innerHTML = "<h3 data-customer='" + c.id + "'>Customer #" + c.id + " · " + DATA.types[c.type].replace(/_/g, " ") +
      "</h3><p>arrived " + clock(c.arrived) + ", " + EXIT[c.exit] + (isFinite(c.left) ? " at " + clock(c.left) : "") +
      "; time in the hall " + lead + "</p><table class='timeline'>" + rows + "</table>" +
      (isFinite(c.left) ? "<p class='ledger'><span class='w'>waiting " + minutes(L.waiting) + "</span> <span class='v'>value-added " +
        minutes(L.valueAdded) + "</span> <span class='n'>necessary " + minutes(L.necessary) + "</span> <span class='o'>over-processing " +
        minutes(L.overprocessing) + "</span> <span class='m'>walking " + minutes(L.motion) + "</span> <span class='d'>rework " +
        minutes(L.defects) + "</span></p>" : "");
  };

  // ---- the player -------------------------------------------------------------------------------
  const views = panels.map(function (p, i) { return new Panel(i, p, document.querySelectorAll(".panel")[i]); });
  const clockEl = document.getElementById("clock");
  const scrub = document.getElementById("scrub");
  const playBtn = document.getElementById("play");
  const speedSel = document.getElementById("speed");
  let t = 0, playing = false, speed = 60, selected = null, lastFrame = null, dirty = true;
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

  function setTime(x) {
    t = Math.max(0, Math.min(END, x));
    scrub.value = String(t);
    dirty = true;
  }
  function setPlaying(on) {
    playing = on && t < END;
    playBtn.textContent = playing ? "❚❚ Pause" : "▶ Play";
    playBtn.setAttribute("aria-pressed", String(playing));
    lastFrame = null;
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

  playBtn.addEventListener("click", function () { setPlaying(!playing); });
  speedSel.addEventListener("change", function () { speed = Number(speedSel.value); });
  scrub.addEventListener("input", function () { setTime(Number(scrub.value)); });
  document.getElementById("next").addEventListener("click", function () { setPlaying(false); nextEvent(1); });
  document.getElementById("prev").addEventListener("click", function () { setPlaying(false); nextEvent(-1); });
  views.forEach(function (v) {
    v.canvas.addEventListener("click", function (e) {
      const r = v.canvas.getBoundingClientRect();
      const id = v.hit(e.clientX - r.left, e.clientY - r.top);
      select(id);
    });
  });
  document.addEventListener("keydown", function (e) {
    if (e.target && (e.target.tagName === "INPUT" || e.target.tagName === "SELECT") && e.key !== " ") return;
    const i = SPEEDS.indexOf(speed);
    if (e.key === " ") { setPlaying(!playing); e.preventDefault(); }
    else if (e.key === "ArrowRight") { setPlaying(false); nextEvent(1); e.preventDefault(); }
    else if (e.key === "ArrowLeft") { setPlaying(false); nextEvent(-1); e.preventDefault(); }
    else if (e.key === "+" || e.key === "=") { speed = SPEEDS[Math.min(SPEEDS.length - 1, i + 1)]; speedSel.value = String(speed); }
    else if (e.key === "-") { speed = SPEEDS[Math.max(0, i - 1)]; speedSel.value = String(speed); }
    else if (e.key === "Home") { setTime(0); }
    else if (e.key === "End") { setTime(END); }
    else if (e.key === "Escape") { select(null); }
  });
  window.addEventListener("resize", function () { views.forEach(function (v) { v.resize(); }); dirty = true; });

  function frame(now) {
    if (playing) {
      if (lastFrame !== null) {
        // speed x real time: simulated minutes per real second = speed / 60
        setTime(t + (now - lastFrame) / 1000 * speed / 60 / unitMinutes);
        if (t >= END) setPlaying(false);
      }
      lastFrame = now;
    }
    if (dirty) {
      const began = performance.now();
      clockEl.textContent = clock(t);
      clockEl.dataset.time = String(t);
      views.forEach(function (v) { v.draw(t, selected); });
      dirty = false;
      drawTimes.push(performance.now() - began);
      if (drawTimes.length > 600) drawTimes.shift();
      frameTimes.push(now);
      if (frameTimes.length > 600) frameTimes.shift();
    }
    window.requestAnimationFrame(frame);
  }

  views.forEach(function (v) { v.resize(); v.showPerson(null); });
  // #t=MINUTES (run time) starts there, e.g. animation-x.html#t=180 for the lunch peak; #play starts playing
  const start = /t=([0-9.]+)/.exec(window.location.hash);
  setTime(start ? Number(start[1]) : 0);
  if (/play/.test(window.location.hash)) setPlaying(true);
  window.requestAnimationFrame(frame);

  // For tests and the curious: the player's state, and a customer's position on screen.
  window.leansimAnimation = {
    time: function () { return t; },
    setTime: function (x) { setTime(x); },
    playing: function () { return playing; },
    select: select,
    selected: function () { return selected; },
    dots: function (panel) { return views[panel].dots.map(function (p) { return {id: p.c.id, x: p.x, y: p.y, mode: p.mode}; }); },
    counters: function (panel, at) { return counters(panels[panel], at === undefined ? t : at); },
    drawTimes: function () { return drawTimes.slice(); },
    frameTimes: function () { return frameTimes.slice(); }
  };
})();
