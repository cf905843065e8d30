//! The one rule that packs campaigns into lanes: flagships first, then by start date,
//! longer campaigns first, each into the first lane where it overlaps nothing. The Plan
//! view packs whole days; the annual plan packs millimetres with each label's room.

use std::cmp::Reverse;
use std::ops::Add;

use chrono::NaiveDate;

use super::Bar;

/// The order bars are placed in: flagships first, then by start, longer first.
pub fn order_key(b: &Bar) -> (bool, NaiveDate, Reverse<NaiveDate>) {
    (!b.flagship, b.start_date, Reverse(b.end_date))
}

/// First-fit lanes of `members` (taken in `key` order): each goes into the first lane
/// where its `extent` (start, end exclusive) keeps `gap` from everything already there.
pub fn pack<K, X>(
    members: &[usize],
    key: impl Fn(usize) -> K,
    extent: impl Fn(usize) -> (X, X),
    gap: X,
) -> Vec<Vec<usize>>
where
    K: Ord,
    X: Copy + PartialOrd + Add<Output = X>,
{
    let mut order = members.to_vec();
    order.sort_by_key(|&i| key(i));
    let mut taken: Vec<Vec<(X, X)>> = Vec::new();
    let mut lanes: Vec<Vec<usize>> = Vec::new();
    for i in order {
        let (a, b) = extent(i);
        let free = |lane: &Vec<(X, X)>| lane.iter().all(|&(x0, x1)| b + gap <= x0 || x1 + gap <= a);
        let at = match taken.iter().position(free) {
            Some(at) => at,
            None => {
                taken.push(vec![]);
                lanes.push(vec![]);
                taken.len() - 1
            }
        };
        taken[at].push((a, b));
        lanes[at].push(i);
    }
    lanes
}
