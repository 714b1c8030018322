// The map page: vendored Leaflet with no tile layer, country outlines from the vendored
// Natural Earth 110m TopoJSON (world-atlas), one circle per place sized by event count.
// Place names come from articles: they are put in the page as text nodes only.
(function () {
  "use strict";
  var el = document.getElementById("map");
  if (!el || !window.L || !window.topojson) { return; }
  var map = L.map(el, { worldCopyJump: true, attributionControl: false, minZoom: 1, maxZoom: 8 })
    .setView([25, 20], 2);

  function text(tag, value, cls) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    node.textContent = value;
    return node;
  }

  fetch(el.getAttribute("data-world"), { credentials: "same-origin" })
    .then(function (r) { return r.json(); })
    .then(function (world) {
      var countries = topojson.feature(world, world.objects.countries);
      L.geoJSON(countries, {
        style: { color: "#8a8a8a", weight: 0.6, fillColor: "#e9e6df", fillOpacity: 1 },
        interactive: false
      }).addTo(map);
      return fetch(el.getAttribute("data-places"), { headers: { Accept: "application/json" }, credentials: "same-origin" });
    })
    .then(function (r) { return r.json(); })
    .then(function (data) {
      var places = data.places || [];
      var peak = places.reduce(function (m, p) { return Math.max(m, p.events); }, 1);
      places.forEach(function (p) {
        if (typeof p.lat !== "number" || typeof p.lon !== "number") { return; }
        var radius = 4 + 22 * Math.sqrt(p.events / peak);
        var marker = L.circleMarker([p.lat, p.lon], {
          radius: radius, color: "#a50f15", weight: 1, fillColor: "#e41a1c", fillOpacity: 0.45,
          className: "place-marker"
        }).addTo(map);
        var box = document.createElement("div");
        box.appendChild(text("strong", p.name));
        box.appendChild(text("div", p.events + " event(s) in " + p.articles + " article(s)"));
        marker.bindPopup(box);
      });
      el.setAttribute("data-ready", String(places.length));
    })
    .catch(function (err) {
      el.appendChild(text("p", "The map could not be drawn: " + err, "error"));
    });
})();
