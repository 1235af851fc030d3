"use strict";
// Chart helpers over ECharts. Labels shown in tooltips are escaped: ECharts inserts tooltip strings as HTML.
const Charts = (() => {
  const {escapeHtml} = Parley;

  /** Draws an ECharts option into a container and keeps it sized with the window. */
  function draw(container, option) {
    const chart = echarts.init(container, null, {renderer: "canvas"});
    chart.setOption(option);
    window.addEventListener("resize", () => chart.resize());
    return chart;
  }

  /** A tooltip listing each series' value at the hovered period. */
  function axisTooltip(params) {
    const rows = params.filter(x => x.value).map(x => "<div>" + escapeHtml(x.seriesName) + ": <b>" +
      escapeHtml(x.value) + "</b></div>");
    return "<div class=\"tip\"><b>" + escapeHtml(params.length ? params[0].axisValue : "") + "</b>" + rows.join("") + "</div>";
  }

  return {draw, axisTooltip};
})();
