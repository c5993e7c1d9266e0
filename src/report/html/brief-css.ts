/** The briefing's only stylesheet, inlined: screen, phone and print. */
export const briefCss = `
:root{--ink:#1b1d21;--muted:#5d6470;--rule:#d9dce1;--paper:#fff;--tint:#f5f6f8;--accent:#1f4e79;
--warn:#a8321e;--ok:#2d6a3e;--amber:#a86b00;--serif:"Iowan Old Style","Palatino Linotype",Palatino,Georgia,"Times New Roman",serif;
--sans:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
*{box-sizing:border-box}
html{font-size:17px;-webkit-text-size-adjust:100%}
body{margin:0;background:var(--tint);color:var(--ink);font-family:var(--serif);line-height:1.55}
.page{max-width:58rem;margin:0 auto;background:var(--paper);padding:2.5rem 3rem 3rem;box-shadow:0 0 0 1px var(--rule)}
header.masthead{border-bottom:3px double var(--ink);padding-bottom:1.1rem;margin-bottom:1.4rem}
.kicker{font-family:var(--sans);font-size:.72rem;letter-spacing:.12em;text-transform:uppercase;color:var(--accent);font-weight:700;margin:0 0 .5rem}
h1{font-size:2.05rem;line-height:1.15;margin:0 0 .6rem;font-weight:700;letter-spacing:-.01em}
.dek{font-family:var(--sans);color:var(--muted);font-size:.85rem;margin:0}
.dek b{color:var(--ink)}
nav.toc{font-family:var(--sans);font-size:.78rem;display:flex;flex-wrap:wrap;gap:.35rem 1.1rem;margin:0 0 1.8rem;color:var(--muted)}
nav.toc a{color:var(--accent);text-decoration:none;border-bottom:1px solid transparent}
nav.toc a:hover{border-bottom-color:var(--accent)}
section{margin:0 0 2.4rem}
h2{font-family:var(--sans);font-size:.82rem;letter-spacing:.14em;text-transform:uppercase;color:var(--ink);
border-top:1px solid var(--ink);padding-top:.55rem;margin:0 0 1rem}
h3{font-size:1.08rem;margin:1.5rem 0 .4rem}
h3 .meta{font-family:var(--sans);font-size:.72rem;color:var(--muted);font-weight:400;margin-left:.5rem}
p.lead{font-size:1.05rem;margin:.2rem 0 1rem}
ol.judgements{counter-reset:j;list-style:none;padding:0;margin:0}
ol.judgements li{counter-increment:j;position:relative;padding:.2rem 0 .8rem 2.4rem;font-size:1.06rem}
ol.judgements li::before{content:counter(j);position:absolute;left:0;top:.15rem;width:1.6rem;height:1.6rem;border-radius:50%;
background:var(--accent);color:#fff;font:700 .78rem/1.6rem var(--sans);text-align:center}
.forecast{display:flex;gap:1.2rem;align-items:center;background:var(--tint);border-left:4px solid var(--accent);padding:.9rem 1.1rem;margin:0 0 1.2rem;font-family:var(--sans)}
.forecast .big{font-size:2.1rem;font-weight:800;color:var(--accent);line-height:1}
.forecast .band{font-size:.9rem;font-weight:600}
.forecast .range{font-size:.78rem;color:var(--muted)}
.bottom-line .bl-grid{display:grid;grid-template-columns:1fr 1fr;gap:.4rem 1.6rem}
.bl-part h3{font-family:var(--sans);font-size:.74rem;letter-spacing:.08em;text-transform:uppercase;color:var(--accent);margin:.6rem 0 .25rem}
.bl-part ul{margin:0;padding-left:1.1rem;font-size:.95rem}.bl-part li{margin:0 0 .3rem}
.bl-answer{grid-column:1/-1;background:var(--tint);border-left:4px solid var(--accent);padding:.3rem 1rem .5rem}
.bl-answer ul{font-size:1.05rem}
p.left-out{font-style:italic;margin-top:.5rem}
sup.fn{font-family:var(--sans);font-size:.66rem;line-height:0;margin-left:1px}
sup.fn a{color:var(--accent);text-decoration:none;padding:0 1px}
sup.fn a:hover{text-decoration:underline}
.table-wrap{overflow-x:auto;-webkit-overflow-scrolling:touch;margin:0 0 .6rem}
table{border-collapse:collapse;width:100%;font-family:var(--sans);font-size:.8rem;line-height:1.4}
th{text-align:left;font-weight:600;font-size:.68rem;letter-spacing:.06em;text-transform:uppercase;color:var(--muted);
border-bottom:1.5px solid var(--ink);padding:.35rem .5rem}
td{border-bottom:1px solid var(--rule);padding:.4rem .5rem;vertical-align:top}
tbody tr:nth-child(even) td{background:#fafbfc}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.fig{font-weight:700;white-space:nowrap;font-variant-numeric:tabular-nums}
td.stated{font-family:var(--serif);font-style:italic;color:#333}
td.date{white-space:nowrap;color:var(--muted);font-variant-numeric:tabular-nums}
.badge{display:inline-block;font-family:var(--sans);font-size:.66rem;font-weight:700;letter-spacing:.04em;text-transform:uppercase;
padding:.1rem .45rem;border-radius:3px;background:var(--tint);color:var(--muted);white-space:nowrap}
.badge.conflict,.badge.warning,.badge.contested{background:#fbe9e6;color:var(--warn)}
.badge.watch,.badge.refinement,.badge.unreconciled{background:#fdf3dd;color:var(--amber)}
.badge.compatible,.badge.corroborated,.badge.normal{background:#e6f2ea;color:var(--ok)}
.contest{border:1px solid var(--rule);border-radius:6px;padding:.9rem 1rem;margin:0 0 1rem}
.contest h3{margin:0 0 .3rem;display:flex;gap:.6rem;align-items:baseline;flex-wrap:wrap}
.contest .why{font-size:.92rem;color:#333;margin:0 0 .7rem}
.sides{display:grid;grid-template-columns:1fr 1fr;gap:.8rem;align-items:start}
.camp{display:grid;gap:.5rem}
table.figures{table-layout:fixed}
col.c-fig{width:8.5rem}col.c-date{width:8.5rem}col.c-src{width:12rem}col.c-measure{width:9rem}
p.note{font-family:var(--sans);font-size:.74rem;color:var(--muted);margin:.2rem 0 0}
svg.spark{display:block;margin-top:.2rem;max-width:100%;height:auto}
.side{background:var(--tint);padding:.6rem .75rem;border-radius:4px;font-size:.9rem}
.side .who{font-family:var(--sans);font-size:.7rem;font-weight:700;text-transform:uppercase;letter-spacing:.05em;color:var(--accent);display:block;margin-bottom:.2rem}
ol.timeline{list-style:none;padding:0;margin:1rem 0 0;border-left:2px solid var(--rule)}
ol.timeline li{position:relative;padding:0 0 .8rem 1.1rem}
ol.timeline li::before{content:"";position:absolute;left:-6px;top:.45rem;width:10px;height:10px;border-radius:50%;background:var(--accent)}
ol.timeline time{font-family:var(--sans);font-size:.74rem;font-weight:700;color:var(--accent);display:block}
ol.timeline .src{font-family:var(--sans);font-size:.7rem;color:var(--muted)}
figure{margin:0 0 1.2rem}
figure svg{width:100%;height:auto;display:block}
figure.matrix svg{max-width:36rem}
figcaption{font-family:var(--sans);font-size:.72rem;color:var(--muted);margin-top:.3rem}
.aliases{color:var(--muted);font-size:.74rem}
ol.footnotes{font-size:.8rem;padding-left:2rem;font-family:var(--sans);color:#333}
ol.footnotes li{margin:0 0 .7rem;padding:.2rem .4rem;border-radius:3px;scroll-margin-top:1rem}
ol.footnotes li:target{background:#fff4cc;outline:2px solid #f0d264}
ol.footnotes blockquote{margin:0 0 .2rem;font-family:var(--serif);font-size:.92rem;font-style:italic;color:var(--ink)}
ol.footnotes cite{font-style:normal;font-weight:600}
.empty{color:var(--muted);font-style:italic}
footer{font-family:var(--sans);font-size:.7rem;color:var(--muted);border-top:1px solid var(--rule);padding-top:.8rem}
@media (max-width:640px){
html{font-size:16px}.page{padding:1.2rem 1rem 2rem;box-shadow:none}h1{font-size:1.55rem}
.sides,.bottom-line .bl-grid{grid-template-columns:1fr}.forecast{flex-direction:column;align-items:flex-start;gap:.4rem}
table{font-size:.74rem}td,th{padding:.3rem .35rem}td.stated{min-width:9rem}
table.figures{table-layout:auto;min-width:34rem}
}
@media print{
html{font-size:10.5pt}body{background:#fff}.page{max-width:none;padding:0;box-shadow:none}
nav.toc{display:none}section{break-inside:auto}h2,h3{break-after:avoid}
tr,.contest,figure,ol.footnotes li{break-inside:avoid}
a{color:inherit}sup.fn a{color:#000}.table-wrap{overflow:visible}
ol.footnotes li:target{background:none;outline:none}
@page{margin:16mm 14mm}
}
`;
