//! The statutory days off of 《全国年节及纪念日放假办法》 (CAL-2), for dates outside the official
//! data: past the last published notice they are still days off, provisionally, while the
//! 调休 that each year's notice adds is not known.
//!
//! The lunar dates (春节 正月初一, 端午 五月初五, 中秋 八月十五) and the 清明 solar term for
//! 2000–2100 are a table generated once by `scripts/gen-lunar-table` from the `tyme4rs`
//! crate; the suite checks that for 2015–2026 every statutory day computed here is a day off
//! in the official data.

use crate::time::Day;

/// A festival's statutory days, with its names.
pub struct Festival {
    /// The Chinese name (`春节`).
    pub zh: &'static str,
    /// The English name (`Spring Festival`).
    pub en: &'static str,
    /// The statutory days off in that year, in order; the art. 6 make-up days are not
    /// among them.
    pub days: Vec<Day>,
}

const FIRST_YEAR: i32 = 2000;

/// Per year from 2000: 春节 (day of the year of 正月初一), then 清明, 端午 and 中秋 as the day of
/// the year less 90, 140 and 240.
const LUNAR: [[u8; 4]; 101] = [
    [36, 5, 18, 16],
    [24, 5, 36, 34],
    [43, 5, 26, 24],
    [32, 5, 15, 14],
    [22, 5, 34, 32],
    [40, 5, 22, 21],
    [29, 5, 11, 39],
    [49, 5, 30, 28],
    [38, 5, 20, 18],
    [26, 4, 8, 36],
    [45, 5, 27, 25],
    [34, 5, 17, 15],
    [23, 5, 35, 34],
    [41, 4, 23, 22],
    [31, 5, 13, 11],
    [50, 5, 31, 30],
    [39, 5, 21, 19],
    [28, 4, 10, 37],
    [47, 5, 29, 27],
    [36, 5, 18, 16],
    [25, 5, 37, 35],
    [43, 4, 25, 24],
    [32, 5, 14, 13],
    [22, 5, 33, 32],
    [41, 5, 22, 21],
    [29, 4, 11, 39],
    [48, 5, 30, 28],
    [37, 5, 20, 18],
    [26, 5, 9, 37],
    [44, 4, 27, 25],
    [34, 5, 16, 15],
    [23, 5, 35, 34],
    [42, 5, 24, 23],
    [31, 4, 12, 11],
    [50, 5, 31, 30],
    [39, 5, 21, 19],
    [28, 5, 11, 38],
    [46, 4, 29, 27],
    [35, 5, 18, 16],
    [24, 5, 7, 35],
    [43, 5, 26, 24],
    [32, 4, 14, 13],
    [22, 4, 33, 31],
    [41, 5, 22, 20],
    [30, 5, 12, 39],
    [48, 4, 30, 28],
    [37, 4, 19, 18],
    [26, 5, 9, 37],
    [45, 5, 27, 26],
    [33, 4, 15, 14],
    [23, 4, 34, 33],
    [42, 5, 24, 22],
    [32, 5, 13, 11],
    [50, 4, 31, 29],
    [39, 4, 21, 19],
    [28, 5, 10, 38],
    [46, 5, 29, 28],
    [35, 4, 17, 16],
    [24, 4, 36, 35],
    [43, 5, 25, 24],
    [33, 5, 15, 13],
    [21, 4, 33, 31],
    [40, 4, 22, 20],
    [29, 5, 12, 39],
    [48, 5, 31, 29],
    [36, 4, 19, 18],
    [26, 4, 8, 36],
    [45, 5, 27, 26],
    [34, 5, 16, 15],
    [23, 4, 34, 32],
    [42, 4, 24, 22],
    [31, 5, 13, 11],
    [50, 5, 32, 30],
    [38, 4, 21, 19],
    [27, 4, 10, 38],
    [46, 4, 28, 27],
    [36, 5, 18, 16],
    [24, 4, 35, 34],
    [43, 4, 25, 23],
    [33, 4, 15, 13],
    [22, 5, 34, 32],
    [40, 4, 22, 20],
    [29, 4, 12, 39],
    [48, 4, 30, 29],
    [37, 5, 19, 18],
    [26, 4, 7, 36],
    [45, 4, 26, 25],
    [34, 4, 16, 14],
    [24, 5, 35, 33],
    [41, 4, 24, 21],
    [30, 4, 13, 11],
    [49, 4, 32, 30],
    [38, 5, 21, 20],
    [27, 4, 9, 38],
    [46, 4, 28, 27],
    [36, 4, 17, 16],
    [25, 5, 36, 34],
    [43, 4, 25, 23],
    [32, 4, 15, 12],
    [21, 4, 34, 32],
    [40, 5, 23, 21],
];

/// The festivals of `year` under the law in force that year: from 2025 春节 is 除夕 to 初三 and
/// 劳动节 two days; 2014–2024 春节 初一 to 初三; 2008–2013 除夕 to 初二, with 清明, 端午 and
/// 中秋 added in 2008; before 2008 春节 初一 to 初三 and 劳动节 three days. 元旦 is one day and
/// 国庆节 three throughout.
pub fn festivals(year: i32) -> Vec<Festival> {
    let Some(row) = usize::try_from(year - FIRST_YEAR)
        .ok()
        .and_then(|i| LUNAR.get(i))
    else {
        return Vec::new();
    };
    let Some(jan1) = Day::from_ymd(year, 1, 1) else {
        return Vec::new();
    };
    let nth = |doy: i32| jan1.plus(doy - 1);
    let run = |from: Day, n: i32| (0..n).map(|k| from.plus(k)).collect::<Vec<Day>>();
    let date = |m: u32, d: u32| Day::from_ymd(year, m, d).unwrap_or(jan1);
    let new_year = nth(row[0] as i32);
    let spring = match year {
        2025.. => run(new_year.plus(-1), 4),
        2014..=2024 => run(new_year, 3),
        2008..=2013 => run(new_year.plus(-1), 3),
        _ => run(new_year, 3),
    };
    let labour = match year {
        2025.. => 2,
        2008..=2024 => 1,
        _ => 3,
    };
    let mut out = vec![
        Festival {
            zh: "元旦",
            en: "New Year's Day",
            days: vec![jan1],
        },
        Festival {
            zh: "春节",
            en: "Spring Festival",
            days: spring,
        },
        Festival {
            zh: "劳动节",
            en: "Labour Day",
            days: run(date(5, 1), labour),
        },
        Festival {
            zh: "国庆节",
            en: "National Day",
            days: run(date(10, 1), 3),
        },
    ];
    if year >= 2008 {
        out.push(Festival {
            zh: "清明节",
            en: "Qingming Festival",
            days: vec![nth(row[1] as i32 + 90)],
        });
        out.push(Festival {
            zh: "端午节",
            en: "Dragon Boat Festival",
            days: vec![nth(row[2] as i32 + 140)],
        });
        out.push(Festival {
            zh: "中秋节",
            en: "Mid-Autumn Festival",
            days: vec![nth(row[3] as i32 + 240)],
        });
    }
    crate::sort::sort_by_key_small(&mut out, |f| f.days[0]);
    out
}
