// The same 18 cases as an API returns them to the Vue page: pinyin keys, numeric category codes.
export const records = [
 {
  "ywh": "A01",
  "sqr": "张伟",
  "bjlx": 2,
  "slsj": "2026/3/9 9:00",
  "cnsx": "",
  "bjsj": ""
 },
 {
  "ywh": "A02",
  "sqr": "王芳",
  "bjlx": "承诺件",
  "slsj": "2026-3-2 9:05",
  "cnsx": "10个工作日",
  "bjsj": ""
 },
 {
  "ywh": "A03",
  "sqr": "李娜",
  "bjlx": 2,
  "slsj": "2026年3月2日 09时00分",
  "cnsx": "5",
  "bjsj": "2026年3月6日 16时00分"
 },
 {
  "ywh": "A04",
  "sqr": "刘洋",
  "bjlx": 2,
  "slsj": "2026.03.02",
  "cnsx": "3天",
  "bjsj": "2026-03-06 10:00"
 },
 {
  "ywh": "A05",
  "sqr": "陈静",
  "bjlx": 2,
  "slsj": "20260305093000",
  "cnsx": "3",
  "bjsj": ""
 },
 {
  "ywh": "A06",
  "sqr": "杨磊",
  "bjlx": 3,
  "slsj": "1772413200000",
  "cnsx": "",
  "bjsj": ""
 },
 {
  "ywh": "A07",
  "sqr": "赵敏",
  "bjlx": 1,
  "slsj": "2026-03-10 09:00",
  "cnsx": "",
  "bjsj": ""
 },
 {
  "ywh": "A08",
  "sqr": "黄强",
  "bjlx": "即办件",
  "slsj": "2026/3/9 16:00",
  "cnsx": "",
  "bjsj": "—"
 },
 {
  "ywh": "A09",
  "sqr": "周杰",
  "bjlx": 2,
  "slsj": "2026-03-06 10:00",
  "cnsx": "7个自然日",
  "bjsj": ""
 },
 {
  "ywh": "A10",
  "sqr": "吴霞",
  "bjlx": 2,
  "slsj": "2026-03-09 14:00",
  "cnsx": "无",
  "bjsj": ""
 },
 {
  "ywh": "A11",
  "sqr": "徐明",
  "bjlx": 2,
  "slsj": " 2026-03-04 10:00 ",
  "cnsx": "",
  "bjsj": "2026/03/09 17:00"
 },
 {
  "ywh": "A12",
  "sqr": "孙丽",
  "bjlx": 3,
  "slsj": "2026年3月4日 10:00",
  "cnsx": "",
  "bjsj": ""
 },
 {
  "ywh": "A13",
  "sqr": "马超",
  "bjlx": 2,
  "slsj": "2026-03-09 09:00",
  "cnsx": "1.5天",
  "bjsj": ""
 },
 {
  "ywh": "A14",
  "sqr": "朱琳",
  "bjlx": 2,
  "slsj": "2026/03/05 9:00",
  "cnsx": "4小时",
  "bjsj": "20260305140000"
 },
 {
  "ywh": "A15",
  "sqr": "胡斌",
  "bjlx": 2,
  "slsj": "2026-03-05 09:00",
  "cnsx": "3个工作日",
  "bjsj": "2026-03-10 09:30"
 },
 {
  "ywh": "A16",
  "sqr": "郭燕",
  "bjlx": 2,
  "slsj": "2026-03-02 09:00",
  "cnsx": "3",
  "bjsj": "无"
 },
 {
  "ywh": "A17",
  "sqr": "何涛",
  "bjlx": "承诺件",
  "slsj": "2026-03-09 09:00",
  "cnsx": "5个工作日",
  "bjsj": "-"
 },
 {
  "ywh": "A18",
  "sqr": "高峰",
  "bjlx": 3,
  "slsj": "2026-03-03 9:00",
  "cnsx": "",
  "bjsj": "2026年3月9日 17时00分"
 }
];
