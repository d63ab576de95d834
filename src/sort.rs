//! One small sort for the engine's lists. A leaf.

use std::cmp::Ordering;

/// Sorts the lists the engine builds (office blocks, pauses, window events, notices) by key:
/// a heap sort, O(n log n) however long a caller makes the list, with one small routine per
/// element type in the .wasm instead of a general sort. Not stable: every caller's ties are
/// equal values or are merged regardless of order.
pub fn sort_by_key_small<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by_small(items, |a, b| key(a).cmp(&key(b)));
}

/// [`sort_by_key_small`] with a comparison, for keys that borrow from the element (a key
/// returned by value would be cloned at every comparison).
pub fn sort_by_small<T>(items: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    let sift_down = |items: &mut [T], mut root: usize, end: usize| loop {
        let mut child = 2 * root + 1;
        if child >= end {
            break;
        }
        if child + 1 < end && cmp(&items[child], &items[child + 1]) == Ordering::Less {
            child += 1;
        }
        if cmp(&items[root], &items[child]) != Ordering::Less {
            break;
        }
        items.swap(root, child);
        root = child;
    };
    let n = items.len();
    for root in (0..n / 2).rev() {
        sift_down(items, root, n);
    }
    for end in (1..n).rev() {
        items.swap(0, end);
        sift_down(items, 0, end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_with_duplicates_and_by_borrowed_keys() {
        let mut names = vec!["王芳", "张伟", "王芳", "欧阳娜娜", "张伟", "李"];
        sort_by_small(&mut names, |a, b| a.cmp(b));
        let mut expected = names.clone();
        expected.sort();
        assert_eq!(names, expected);
        let mut lists = vec![vec![3, 1], vec![1], vec![2, 2, 2], vec![]];
        sort_by_small(&mut lists, |a, b| {
            b.len().cmp(&a.len()).then_with(|| a.cmp(b))
        });
        assert_eq!(lists, vec![vec![2, 2, 2], vec![3, 1], vec![1], vec![]]);
        let mut numbers: Vec<u32> = (0..1000).map(|i| (i * 7919) % 1000).collect();
        sort_by_key_small(&mut numbers, |n| *n);
        assert!(numbers.windows(2).all(|w| w[0] <= w[1]));
    }
}
