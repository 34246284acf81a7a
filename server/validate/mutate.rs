//! Test material for the quick checks: JSON objects made by changing one
//! or two things in a valid one, for a test to hold a quick verdict to the
//! full way's on each.

/// `n` objects made from `base` (its members in order, each value as JSON
/// text): each has one or two of its members removed, added (a key of
/// `keys` with a value of `values`), moved, or given a value of `values`.
/// The sequence is fixed by `seed`, so a failure repeats.
pub fn objects(
    seed: u64,
    base: &[(&str, &str)],
    keys: &[&str],
    values: &[&str],
    n: usize,
) -> Vec<String> {
    let mut state = seed;
    let mut next = move |n: usize| {
        // splitmix64
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        ((z ^ (z >> 31)) % n as u64) as usize
    };
    (0..n)
        .map(|_| {
            let mut members: Vec<(&str, &str)> = base.to_vec();
            for _ in 0..1 + next(2) {
                match next(5) {
                    0 if !members.is_empty() => {
                        members.remove(next(members.len()));
                    }
                    1 => members.push((keys[next(keys.len())], values[next(values.len())])),
                    2 if members.len() > 1 => {
                        let m = members.remove(next(members.len()));
                        members.insert(next(members.len() + 1), m);
                    }
                    _ if !members.is_empty() => {
                        let i = next(members.len());
                        members[i].1 = values[next(values.len())];
                    }
                    _ => {}
                }
            }
            let members: Vec<String> =
                members.iter().map(|(k, v)| format!("\"{k}\":{v}")).collect();
            format!("{{{}}}", members.join(","))
        })
        .collect()
}
