// The map page: vendored Leaflet with no tile layer over the countries of Natural Earth
// 110m (served as GeoJSON by /map/world.geojson, rings crossing the 180th meridian
// already made continuous). A city or site is a filled circle; a place known only to a
// country or region is a hollow dashed circle (not a precise point). Clicking a marker
// lists its events. Text from articles goes into the page as text nodes only.
(function () {
  "use strict";
  var el = document.getElementById("map");
  var list = document.getElementById("map-events");
  if (!el || !window.L) { return; }
  var map = L.map(el, { worldCopyJump: true, attributionControl: false, minZoom: 1, maxZoom: 8 })
    .setView([25, 20], 2);

  function text(tag, value, cls) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    node.textContent = value;
    return node;
  }

  function markerStyle(p, radius) {
    if (p.area) {
      return { radius: radius, color: "#1f5f99", weight: 2, dashArray: "4 3", fill: false,
               className: "place-marker place-area" };
    }
    return { radius: radius, color: "#a50f15", weight: 1, fillColor: "#e41a1c", fillOpacity: 0.45,
             className: "place-marker place-point" };
  }

  function showEvents(p) {
    var url = el.getAttribute("data-events") + "&name=" + encodeURIComponent(p.name) +
      (p.country ? "&place_country=" + encodeURIComponent(p.country) : "");
    list.textContent = "";
    list.appendChild(text("h2", p.name + (p.area ? " (" + p.precision + " level)" : "")));
    fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (r) { return r.json(); })
      .then(function (data) {
        var ol = document.createElement("ol");
        ol.className = "items";
        (data.items || []).forEach(function (e) {
          var li = document.createElement("li");
          li.appendChild(text("span", (e.day || "undated") + " " + e.type + " "));
          var a = text("a", e.trigger);
          a.href = "/articles/" + encodeURIComponent(e.article_id) + "#s" + e.sentence;
          li.appendChild(a);
          li.appendChild(text("span", " " + (e.sentence_text || "").slice(0, 160), "muted"));
          ol.appendChild(li);
        });
        list.appendChild(ol);
        list.appendChild(text("p", data.items.length + " of " + data.total + " event(s)", "muted"));
        list.setAttribute("data-ready", String(data.items.length));
      });
  }

  fetch(el.getAttribute("data-world"), { credentials: "same-origin" })
    .then(function (r) { return r.json(); })
    .then(function (countries) {
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
        var radius = (p.area ? 10 : 4) + 22 * Math.sqrt(p.events / peak);
        var marker = L.circleMarker([p.lat, p.lon], markerStyle(p, radius)).addTo(map);
        marker.bindTooltip(p.name + (p.area ? " (" + p.precision + ")" : "") + ": " + p.events + " event(s)");
        marker.on("click", function () { showEvents(p); });
      });
      el.setAttribute("data-ready", String(places.length));
    })
    .catch(function (err) {
      el.appendChild(text("p", "The map could not be drawn: " + err, "error"));
    });
})();
