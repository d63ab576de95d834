//! Prints the `LUNAR` table of src/calendar/statutory.rs: for each year 2000–2100 the day of the
//! year of 春节 (正月初一), and of 清明, 端午 (五月初五) and 中秋 (八月十五) less 90, 140 and
//! 240, so that each fits a byte. tyme4rs computes the lunar calendar and the solar terms.

use tyme4rs::tyme::lunar::LunarDay;
use tyme4rs::tyme::solar::{SolarDay, SolarTerm};

fn day_of_year(d: SolarDay) -> usize {
    let (y, m, day) = (d.get_year(), d.get_month(), d.get_day());
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let before = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    before[m - 1] + day + usize::from(leap && m > 2)
}

fn main() {
    let mut rows = Vec::new();
    for y in 2000..=2100isize {
        let spring = day_of_year(LunarDay::from_ymd(y, 1, 1).get_solar_day());
        let qingming = day_of_year(SolarTerm::from_name(y, "清明").get_julian_day().get_solar_day());
        let dragon = day_of_year(LunarDay::from_ymd(y, 5, 5).get_solar_day());
        let autumn = day_of_year(LunarDay::from_ymd(y, 8, 15).get_solar_day());
        assert!(qingming > 90 && dragon > 140 && (241..496).contains(&autumn));
        rows.push(format!("[{spring}, {}, {}, {}]", qingming - 90, dragon - 140, autumn - 240));
    }
    for chunk in rows.chunks(6) {
        println!("    {},", chunk.join(", "));
    }
}
