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

/// [`sort_by_small`], stable: elements that compare equal keep their order. The heap sort
/// orders their positions, ties broken by position, and the elements are then moved into
/// that order once (a general stable sort per element type had cost about 8 KB gzip of the
/// .wasm for the engine's few stable sorts).
pub fn sort_stable_by_small<T>(items: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_by_small(&mut order, |&a, &b| {
        cmp(&items[a], &items[b]).then(a.cmp(&b))
    });
    let mut slots: Vec<Option<T>> = std::mem::take(items).into_iter().map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
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

    #[test]
    fn the_stable_sort_keeps_the_order_of_equal_keys() {
        // (key, position given): many ties, in an order a heap sort alone would scramble.
        let given: Vec<(u32, usize)> = (0..500).map(|i| ((i * 7919 % 13) as u32, i)).collect();
        let mut sorted = given.clone();
        sort_stable_by_small(&mut sorted, |a, b| a.0.cmp(&b.0));
        let mut expected = given;
        expected.sort_by_key(|e| e.0);
        assert_eq!(sorted, expected);
        let mut empty: Vec<(u32, usize)> = vec![];
        sort_stable_by_small(&mut empty, |a, b| a.0.cmp(&b.0));
        assert!(empty.is_empty());
    }
}
