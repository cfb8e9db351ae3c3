/* Argument graphs of report.html: each section's data (graph-data) drawn as SVG when its <details>
   opens. Text is measured in the page's own font, then each speaker's lane is laid out by dagre
   (vendored, dagre.min.js): claims above the units that relate to them, unrelated groups stacked in
   reading order. Lanes stand side by side; edges between lanes are drawn across. */
(function () {
  'use strict';
  var SVG = 'http://www.w3.org/2000/svg';
  var CFG = JSON.parse(document.getElementById('report-config').textContent);
  var DATA = JSON.parse(document.getElementById('graph-data').textContent);
  var FONT = getComputedStyle(document.body).fontFamily;
  var BOX = {maxText: 210, pad: 9, head: 11, body: 13, line: 18, lines: 4};
  var LANE_GAP = 56, LANE_HEAD = 30, MARGIN = 12, FAN = 3;
  var ctx = document.createElement('canvas').getContext('2d');

  function el(name, attrs, parent) {
    var e = document.createElementNS(SVG, name);
    for (var k in attrs) { e.setAttribute(k, attrs[k]); }
    if (parent) { parent.appendChild(e); }
    return e;
  }
  function width(text, size, bold) {
    ctx.font = (bold ? 'bold ' : '') + size + 'px ' + FONT;
    return ctx.measureText(text).width;
  }
  /* Lines of at most maxWidth, breaking anywhere (Japanese has no spaces); the last ends in … */
  function wrap(text, size, maxWidth, maxLines) {
    var lines = [], line = '', chars = Array.from(text.replace(/\s+/g, ' '));
    for (var i = 0; i < chars.length; i++) {
      if (width(line + chars[i], size) > maxWidth && line) {
        lines.push(line); line = '';
        if (lines.length === maxLines) {
          var last = lines[maxLines - 1];
          while (last && width(last + '…', size) > maxWidth) { last = last.slice(0, -1); }
          lines[maxLines - 1] = last + '…';
          return lines;
        }
      }
      line += chars[i];
    }
    if (line) { lines.push(line); }
    return lines;
  }
  /* A question is asked at the end of its turn: show its last lines, opening with … */
  function wrapTail(text, size, maxWidth, maxLines) {
    var lines = wrap(text, size, maxWidth, 1000);
    if (lines.length <= maxLines) { return lines; }
    lines = lines.slice(-maxLines);
    var first = lines[0];
    while (first && width('…' + first, size) > maxWidth) { first = first.slice(1); }
    lines[0] = '…' + first;
    return lines;
  }
  /* Draw one node's box and text at (0,0); its real size comes from the browser's own text metrics. */
  function drawNode(svg, node) {
    var g = el('g', {'class': 'node node-' + node.kind, 'data-id': node.id, tabindex: 0}, svg);
    var color = CFG.types[node.type] || '#777';
    var rect = el('rect', {'class': 'box', rx: 5, ry: 5}, g);
    var lines = node.kind === 'question' ? wrapTail(node.text, BOX.body, BOX.maxText, BOX.lines)
      : wrap(node.text, BOX.body, BOX.maxText, node.kind === 'ghost' ? 1 : BOX.lines);
    var head = el('text', {'class': 'head', x: BOX.pad, y: BOX.pad + BOX.head, 'font-size': BOX.head}, g);
    head.textContent = node.head;
    var texts = [head], w = head.getComputedTextLength();
    lines.forEach(function (line, i) {
      var t = el('text', {'class': 'line', x: BOX.pad, y: BOX.pad + BOX.head + 6 + (i + 1) * BOX.line - 4,
                          'font-size': BOX.body}, g);
      t.textContent = line; texts.push(t); w = Math.max(w, t.getComputedTextLength());
    });
    node.width = Math.ceil(w) + 2 * BOX.pad;
    node.height = BOX.pad * 2 + BOX.head + 6 + lines.length * BOX.line;
    rect.setAttribute('width', node.width); rect.setAttribute('height', node.height);
    if (node.kind === 'question') { rect.setAttribute('fill', '#eceff1'); rect.setAttribute('stroke', '#546e7a'); }
    else if (node.kind === 'ghost') { rect.setAttribute('fill', '#fff'); rect.setAttribute('stroke', '#9e9e9e'); }
    else { rect.setAttribute('fill', CFG.tints[node.type] || '#f5f5f5'); rect.setAttribute('stroke', color); }
    if (node.kind !== 'question' && node.kind !== 'ghost') {
      el('rect', {'class': 'stripe', x: 0, y: 0, width: 5, height: node.height, rx: 2, fill: color}, g);
    }
    el('title', {}, g).textContent = node.head + '\n' + (node.full || node.text);
    node.g = g;
  }
  function resize(node, w) {
    node.width = w;
    node.g.querySelector('.box').setAttribute('width', w);
  }
  function laneLayout(nodes, edges) {
    var g = new dagre.graphlib.Graph({multigraph: true});
    g.setGraph({rankdir: 'TB', align: 'UL', nodesep: 20, ranksep: 26, edgesep: 14, marginx: 0, marginy: 0});
    g.setDefaultEdgeLabel(function () { return {}; });
    nodes.forEach(function (n) { g.setNode(n.id, {width: n.width, height: n.height}); });
    var down = {}, index = {};
    nodes.forEach(function (n, i) { index[n.id] = i; });
    var children = {};
    edges.forEach(function (e, i) {  /* the unit related to sits above the unit that relates to it */
      var siblings = children[e.target] = children[e.target] || [];
      siblings.push(e.source);
      down[e.source] = 1;
      if (siblings.length > FAN) {  /* a wide fan wraps: this one goes under an earlier sibling */
        e.side = true;
        g.setEdge(siblings[siblings.length - 1 - FAN], e.source, {minlen: 1, weight: 3}, 'fan' + i);
        return;
      }
      var lw = width(e.name, 11) + 8;
      g.setEdge(e.target, e.source, {width: lw, height: 16, labelpos: 'c', minlen: 1, weight: 2}, 'e' + i);
    });
    /* unrelated groups follow each other in reading order: an unseen edge from one group to the next */
    var comp = components(nodes, edges), order = [];
    nodes.forEach(function (n) { if (order.indexOf(comp[n.id]) < 0) { order.push(comp[n.id]); } });
    for (var c = 1; c < order.length; c++) {
      var before = nodes.filter(function (n) { return comp[n.id] === order[c - 1]; });
      var tops = nodes.filter(function (n) { return comp[n.id] === order[c] && !down[n.id]; });
      if (!tops.length) { tops = nodes.filter(function (n) { return comp[n.id] === order[c]; }).slice(0, 1); }
      tops.forEach(function (top) { g.setEdge(before[before.length - 1].id, top.id, {minlen: 1, weight: 1}, 'chain' + c + top.id); });
    }
    dagre.layout(g);
    return g;
  }
  function components(nodes, edges) {
    var parent = {};
    function find(x) { while (parent[x] !== x) { x = parent[x] = parent[parent[x]]; } return x; }
    nodes.forEach(function (n) { parent[n.id] = n.id; });
    edges.forEach(function (e) { if (e.source in parent && e.target in parent) { parent[find(e.source)] = find(e.target); } });
    var out = {};
    nodes.forEach(function (n) { out[n.id] = find(n.id); });
    return out;
  }
  function marker(defs, svgId, label) {
    var id = svgId + '-arrow-' + label, style = CFG.edges[label];
    var m = el('marker', {id: id, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7,
                          orient: 'auto-start-reverse', markerUnits: 'userSpaceOnUse'}, defs);
    el('path', {d: 'M0,0 L10,5 L0,10 z', fill: style.color}, m);
    return 'url(#' + id + ')';
  }
  function drawEdge(svg, defs, svgId, e, points) {
    var style = CFG.edges[e.label] || CFG.edges.support;
    var d = 'M' + points.map(function (p) { return p.x.toFixed(1) + ',' + p.y.toFixed(1); }).join(' L');
    if (points.length === 2 && points.curve) {
      var a = points[0], b = points[1], mx = (a.x + b.x) / 2;
      d = 'M' + a.x + ',' + a.y + ' C' + mx + ',' + a.y + ' ' + mx + ',' + b.y + ' ' + b.x + ',' + b.y;
    }
    var path = el('path', {d: d, fill: 'none', stroke: style.color, 'stroke-width': style.width,
                           'stroke-dasharray': style.dash, 'class': 'edge edge-' + e.label,
                           'marker-end': marker(defs, svgId, e.label)}, svg);
    el('title', {}, path).textContent = e.name + (e.cue ? '（' + e.cue + '）' : '');
  }
  function edgeLabel(svg, e, x, y) {
    if (e.label === 'answers') { return; }
    var style = CFG.edges[e.label] || CFG.edges.support, w = width(e.name, 11) + 8;
    var g = el('g', {'class': 'edge-label'}, svg);
    el('rect', {x: x - w / 2, y: y - 8, width: w, height: 16, rx: 3, fill: '#fff', stroke: style.color, 'stroke-width': 0.8}, g);
    var t = el('text', {x: x, y: y + 4, 'font-size': 11, 'text-anchor': 'middle', fill: style.color}, g);
    t.textContent = e.name;
  }
  function render(section, box) {
    var svgId = 'svg-' + section.id.replace(/[^A-Za-z0-9_-]/g, '_');
    var svg = el('svg', {'class': 'argument-map', id: svgId, role: 'img', 'aria-label': section.title}, box);
    var defs = el('defs', {}, svg), edgeLayer = el('g', {'class': 'edges'}), byId = {};
    section.nodes.forEach(function (n) { drawNode(svg, n); byId[n.id] = n; });
    var x = MARGIN, height = 0;
    var lanes = section.lanes.map(function (lane) {
      var nodes = section.nodes.filter(function (n) { return n.lane === lane.key; });
      var common = Math.max.apply(null, nodes.map(function (n) { return n.width; }));
      nodes.forEach(function (n) { resize(n, common); });  /* one width per lane: a tidy column */
      var edges = section.edges.filter(function (e) {
        return byId[e.source] && byId[e.target] && e.source !== e.target && byId[e.source].lane === lane.key && byId[e.target].lane === lane.key;
      });
      var g = laneLayout(nodes, edges), w = Math.max(g.graph().width || 0, width(lane.title, 13, true) + 16);
      var info = {lane: lane, x: x, width: w, g: g, edges: edges};
      x += w + LANE_GAP; height = Math.max(height, g.graph().height || 0);
      return info;
    });
    var top = LANE_HEAD + MARGIN;
    svg.insertBefore(edgeLayer, svg.firstChild.nextSibling);
    lanes.forEach(function (info, i) {
      var bg = el('rect', {'class': 'lane', x: info.x - LANE_GAP / 2 + 4, y: 0, width: info.width + LANE_GAP - 8,
                           height: top + height + MARGIN, fill: i % 2 ? '#f7f9fa' : '#fff'});
      svg.insertBefore(bg, edgeLayer);
      var title = el('text', {'class': 'lane-title', x: info.x, y: 20, 'font-size': 13, 'font-weight': 'bold'});
      title.textContent = info.lane.title; svg.insertBefore(title, edgeLayer);
      var shift = info.x + (info.width - (info.g.graph().width || 0)) / 2;
      info.g.nodes().forEach(function (id) {
        var p = info.g.node(id), n = byId[id];
        n.x = shift + p.x - n.width / 2; n.y = top + p.y - n.height / 2;
        n.g.setAttribute('transform', 'translate(' + n.x + ',' + n.y + ')');
      });
      info.edges.forEach(function (e, i) {
        if (e.side) {  /* up the gap left of the unit, then across under the unit it relates to */
          var s = byId[e.source], t = byId[e.target], gx = s.x - 9, under = t.y + t.height + 7;
          drawEdge(edgeLayer, defs, svgId, e, [{x: s.x, y: s.y + 14}, {x: gx, y: s.y + 14}, {x: gx, y: under},
            {x: t.x + t.width / 2 - 12, y: under}, {x: t.x + t.width / 2 - 12, y: t.y + t.height}]);
          return;
        }
        var lab = info.g.edge(e.target, e.source, 'e' + i);
        var pts = lab.points.map(function (p) { return {x: p.x + shift, y: p.y + top}; }).reverse();
        drawEdge(edgeLayer, defs, svgId, e, pts);
        edgeLabel(svg, e, lab.x + shift, lab.y + top);
      });
    });
    section.edges.forEach(function (e) {  /* between lanes: side to side */
      var s = byId[e.source], t = byId[e.target];
      if (!s || !t || s.lane === t.lane) { return; }
      var right = s.x < t.x, a = {x: right ? s.x + s.width : s.x, y: s.y + s.height / 2};
      var b = {x: right ? t.x : t.x + t.width, y: t.y + Math.min(t.height / 2, 22)};
      var pts = [a, b]; pts.curve = true;
      drawEdge(edgeLayer, defs, svgId, e, pts);
      edgeLabel(svg, e, (a.x + b.x) / 2, (a.y + b.y) / 2);
    });
    svg.setAttribute('width', Math.ceil(x - LANE_GAP + MARGIN));
    svg.setAttribute('height', Math.ceil(top + height + MARGIN));
    svg.addEventListener('click', function (ev) {
      var g = ev.target.closest('.node'); if (g) { showDetail(box.parentNode, byId[g.getAttribute('data-id')]); }
    });
  }
  function showDetail(container, node) {
    var panel = container.querySelector('.detail');
    panel.textContent = ''; panel.classList.remove('muted');
    var h = document.createElement('div'); h.className = 'detail-head'; h.textContent = node.head; panel.appendChild(h);
    var p = document.createElement('p'); p.className = 'detail-text'; p.textContent = node.full || node.text; panel.appendChild(p);
    var dl = document.createElement('dl');
    node.fields.forEach(function (f) {
      var dt = document.createElement('dt'); dt.textContent = f[0];
      var dd = document.createElement('dd'); dd.textContent = f[1]; dl.appendChild(dt); dl.appendChild(dd);
    });
    panel.appendChild(dl);
    if (document.getElementById(node.id)) {
      var a = document.createElement('a'); a.href = '#' + node.id; a.textContent = CFG.words.show_in_list; panel.appendChild(a);
    }
  }
  function open(details) {
    if (details.dataset.drawn) { return; }
    details.dataset.drawn = '1';
    render(DATA[details.dataset.graph], details.querySelector('.graph'));
  }
  var all = document.querySelectorAll('details.graph-section');
  all.forEach(function (d) {
    d.addEventListener('toggle', function () { if (d.open) { open(d); } });
    if (d.open) { open(d); }
  });
  window.argumentGraphs = {renderAll: function () { all.forEach(function (d) { d.open = true; open(d); }); }};
})();
