//! Counting finder-pattern candidates, to decide whether rqrr may see an image.
//!
//! rqrr tries every pair of its candidate finder patterns ("capstones") against each other and
//! copies the whole image for each trial, so its work grows with the cube of the candidates: a
//! 600 × 600 noise image kept it busy for most of a minute, a 1500 × 1500 one for 15. A card
//! holds three finder patterns and a booklet page a few dozen; noise and fine textures hold
//! hundreds. This module counts candidates the way rqrr finds them (its row-average threshold,
//! then a dark-light-dark-light-dark run of 1:1:3:1:1 along a row), merging hits on
//! consecutive rows into one candidate, in one pass over the pixels.

use image::GrayImage;

/// Candidates above which rqrr is not run on an image: a page of ten codes has 30.
pub const MAX_CANDIDATES: usize = 48;

/// The number of distinct 1:1:3:1:1 row patterns in `img` after rqrr's binarisation, counted
/// up to `limit + 1` (the caller only needs to know whether it exceeds `limit`).
pub fn candidates(img: &GrayImage, limit: usize) -> usize {
    let (w, h) = (img.width() as usize, img.height() as usize);
    if w < 7 || h < 7 {
        return 0;
    }
    let raw = img.as_raw();
    // rqrr's threshold: a running average along each row, in both directions, over w / 8.
    let s = (w / 8).max(1);
    let mut avg = vec![0usize; w];
    let mut dark = vec![false; w];
    let (mut av, mut au) = (0usize, 0usize);
    let mut previous: Vec<usize> = Vec::new();
    let mut current: Vec<usize> = Vec::new();
    let mut count = 0;
    for y in 0..h {
        let row = &raw[y * w..(y + 1) * w];
        avg.fill(0);
        for x in 0..w {
            let (v, u) = if y % 2 == 0 {
                (w - 1 - x, x)
            } else {
                (x, w - 1 - x)
            };
            av = av * (s - 1) / s + usize::from(row[v]);
            au = au * (s - 1) / s + usize::from(row[u]);
            avg[v] += av;
            avg[u] += au;
        }
        for x in 0..w {
            dark[x] = usize::from(row[x]) < avg[x] * 95 / (200 * s);
        }
        current.clear();
        // Run lengths along the row; a candidate ends at the fifth run of a dark-first window.
        let mut runs = [0usize; 5];
        let mut colour = dark[0];
        let mut len = 0usize;
        // One step past the row's end (`None`) closes its last run.
        for x in 0..=w {
            let here = dark.get(x).copied();
            if here == Some(colour) {
                len += 1;
                continue;
            }
            runs.rotate_left(1);
            runs[4] = len;
            if colour && is_finder(&runs) {
                current.push(x - runs.iter().sum::<usize>() / 2);
            }
            if let Some(d) = here {
                colour = d;
                len = 1;
            }
        }
        for &c in &current {
            // A pattern continuing from the row above is the same candidate.
            if !previous.iter().any(|&p| p.abs_diff(c) <= 3) {
                count += 1;
                if count > limit {
                    return count;
                }
            }
        }
        std::mem::swap(&mut previous, &mut current);
    }
    count
}

/// Runs of 1:1:3:1:1 (dark first), each within half a module of its share.
fn is_finder(runs: &[usize; 5]) -> bool {
    let total: usize = runs.iter().sum();
    if total < 7 || runs.contains(&0) {
        return false;
    }
    // A module is total / 7; each run within half a module of its share (the centre 2 to 4).
    let near = |run: usize, modules: usize| (run * 7).abs_diff(total * modules) * 2 <= total;
    near(runs[0], 1)
        && near(runs[1], 1)
        && (2 * total..=4 * total).contains(&(runs[2] * 7))
        && near(runs[3], 1)
        && near(runs[4], 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::Luma;

    #[test]
    fn a_clean_card_has_few_candidates_and_noise_many() {
        let code = crate::qr::encode("PHR1:FINDER", crate::qr::Ecc::Q).unwrap();
        let n = candidates(&code.to_image(4), 1000);
        assert!((3..=12).contains(&n), "{n}");
        let mut s = 0x9E37_79B9_7F4A_7C15u64;
        let noise = GrayImage::from_fn(600, 600, |_, _| {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            Luma([(s >> 56) as u8])
        });
        assert!(candidates(&noise, MAX_CANDIDATES) > MAX_CANDIDATES);
        assert_eq!(candidates(&GrayImage::new(600, 600), 10), 0);
    }
}
