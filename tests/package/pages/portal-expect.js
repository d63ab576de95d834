// The hand-checked answer for the 18 cases of the portal pages (read at 2026-03-10 10:00,
// Beijing time; default hours 09:00-12:00 and 13:30-17:30; 3 working days for 承诺件, 5 for 联办件,
// the same day for 即办件, unless the row gives a limit). Category codes: 1 即办, 2 承诺, 3 联办.
//   A01 2, Mon 03-09 09:00, 3 wd: due Thu 03-12; 480 of 1680 office minutes -> on track.
//   A02 承诺件, Mon 03-02 09:05, 10个工作日: due Mon 03-16 (by the default 3 days it would be red).
//   A03 2, 03-02 09:00, 5: due Mon 03-09; concluded Fri 03-06 16:00 -> done on time.
//   A04 2, 2026.03.02 (midnight: counts from 09:00), 3天 (working days): due Thu 03-05; done Fri -> late.
//   A05 2, Thu 03-05 09:30, 3: due Tue 03-10 17:30; 360 minutes left <= one office day -> yellow.
//   A06 3, epoch ms of Mon 03-02 09:00, 5 wd: due Mon 03-09 -> overdue.
//   A07 1, Tue 03-10 09:00, same day: due 17:30; 60 of 420 minutes -> on track.
//   A08 即办件, Mon 03-09 16:00, concluded "—" (none): due 03-09 17:30 -> overdue.
//   A09 2, Fri 03-06 10:00, 7个自然日: due Fri 03-13 17:30; 840 of 2460 -> on track.
//   A10 2, Mon 03-09 14:00, limit 无 (none: the default 3 wd): due Thu 03-12.
//   A11 2, NBSP around Wed 03-04 10:00: due Mon 03-09; concluded 03-09 17:00 -> on time.
//   A12 3, Wed 03-04 10:00, 5 wd: due Wed 03-11; 1680 of 2460 (0.68), 780 left -> on track.
//   A13 2, limit 1.5天: no whole number of days -> invalid, the finding names 1.5天.
//   A14 2, Thu 03-05 09:00, 4小时: due 14:30 the same day; concluded 14:00 -> on time.
//   A15 2, Thu 03-05 09:00, 3个工作日: due Tue 03-10 17:30; concluded 09:30 -> on time.
//   A16 2, Mon 03-02 09:00, 3, concluded 无: due Thu 03-05 -> overdue.
//   A17 承诺件, Mon 03-09 09:00, 5个工作日, concluded "-": due Mon 03-16 -> on track.
//   A18 3, Tue 03-03 09:00, 5 wd: due Tue 03-10; concluded Mon 03-09 17:00 -> on time.
var PORTAL_NOW = "2026-03-10 10:00";
var PORTAL_EXPECT = {
 "A01": {
  "status": "on_track",
  "due": "2026-03-12 17:30"
 },
 "A02": {
  "status": "on_track",
  "due": "2026-03-16 17:30"
 },
 "A03": {
  "status": "done_on_time",
  "due": "2026-03-09 17:30"
 },
 "A04": {
  "status": "done_late",
  "due": "2026-03-05 17:30"
 },
 "A05": {
  "status": "warning",
  "due": "2026-03-10 17:30"
 },
 "A06": {
  "status": "overdue",
  "due": "2026-03-09 17:30"
 },
 "A07": {
  "status": "on_track",
  "due": "2026-03-10 17:30"
 },
 "A08": {
  "status": "overdue",
  "due": "2026-03-09 17:30"
 },
 "A09": {
  "status": "on_track",
  "due": "2026-03-13 17:30"
 },
 "A10": {
  "status": "on_track",
  "due": "2026-03-12 17:30"
 },
 "A11": {
  "status": "done_on_time",
  "due": "2026-03-09 17:30"
 },
 "A12": {
  "status": "on_track",
  "due": "2026-03-11 17:30"
 },
 "A13": {
  "status": "invalid",
  "due": null
 },
 "A14": {
  "status": "done_on_time",
  "due": "2026-03-05 14:30"
 },
 "A15": {
  "status": "done_on_time",
  "due": "2026-03-10 17:30"
 },
 "A16": {
  "status": "overdue",
  "due": "2026-03-05 17:30"
 },
 "A17": {
  "status": "on_track",
  "due": "2026-03-16 17:30"
 },
 "A18": {
  "status": "done_on_time",
  "due": "2026-03-10 17:30"
 }
};
var PORTAL_BADGE = { on_track: "绿牌", warning: "黄牌", overdue: "红牌", done_on_time: "按期办结", done_late: "超期办结", invalid: "数据有误" };

/** Checks each row of a decorated or rendered table against PORTAL_EXPECT; returns the results. */
function portalCheck(prefix, rowFor) {
  var out = [];
  var ids = Object.keys(PORTAL_EXPECT);
  for (var i = 0; i < ids.length; i++) {
    var id = ids[i];
    var want = PORTAL_EXPECT[id];
    var got = rowFor(id);
    var ok = !!got && got.status === want.status && got.badge === PORTAL_BADGE[want.status] && (want.due ? got.due.indexOf(want.due) === 0 : got.due.length > 0);
    out.push({ name: prefix + id + ": " + PORTAL_BADGE[want.status] + " (" + want.status + ")" + (want.due ? ", due " + want.due : ""), ok: ok, detail: JSON.stringify(got) });
  }
  return out;
}
