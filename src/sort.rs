//! One small sort for the engine's lists. A leaf.

/// Sorts the lists the engine builds (office blocks, pauses, window events, notices) by key:
/// a heap sort, O(n log n) however long a caller makes the list, with one small routine per
/// element type in the .wasm instead of a general sort. Not stable: every caller's ties are
/// equal values or are merged regardless of order.
pub fn sort_by_key_small<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    let sift_down = |items: &mut [T], mut root: usize, end: usize| loop {
        let mut child = 2 * root + 1;
        if child >= end {
            break;
        }
        if child + 1 < end && key(&items[child]) < key(&items[child + 1]) {
            child += 1;
        }
        if key(&items[root]) >= key(&items[child]) {
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
