//! Which facts each sentence has, and which sentence each fact is in: for the search's
//! "facts of the sentences a word occurs in" and for a fact's own sentence.

use super::index::NONE;
use super::normal::to_u32;
use super::store::Lists;

/// For each sentence, its facts, and each fact's sentence. Extraction gives the facts in text
/// order, so those of a sentence are a run of ids and only where each run starts is kept (4
/// bytes a sentence, where a list and a column take 8 bytes a fact: 6.6 MB on 50 MB); facts
/// in any other order get lists.
#[derive(Debug, Clone)]
pub(super) enum SentenceFacts {
    /// Sentence `s` has the facts `first[s]..first[s + 1]`.
    Runs {
        first: Vec<u32>,
    },
    Lists {
        lists: Lists,
        of_fact: Vec<u32>,
    },
}

impl Default for SentenceFacts {
    fn default() -> SentenceFacts {
        SentenceFacts::Runs { first: Vec::new() }
    }
}

impl SentenceFacts {
    /// From each fact's sentence ([`NONE`]: none), read twice when in order (no column of
    /// them is made then, even for a moment).
    pub(super) fn new(
        sentences: usize,
        of_fact: impl Iterator<Item = u32> + Clone,
    ) -> SentenceFacts {
        // NONE is u32::MAX: facts without a sentence sort last and fall in no run.
        if !of_fact.clone().is_sorted() {
            let of_fact: Vec<u32> = of_fact.collect();
            let placed = of_fact.iter().enumerate().map(|(f, &s)| (s, to_u32(f)));
            let lists = Lists::new(sentences, placed.filter(|&(s, _)| s != NONE));
            return SentenceFacts::Lists { lists, of_fact };
        }
        let mut first = Vec::with_capacity(sentences + 1);
        let mut of_fact = of_fact.peekable();
        let mut f = 0;
        for s in 0..=sentences {
            while of_fact.next_if(|&x| (x as usize) < s).is_some() {
                f += 1;
            }
            first.push(to_u32(f));
        }
        SentenceFacts::Runs { first }
    }

    /// The facts of sentence `s`, in id order.
    pub fn get(&self, s: u32) -> impl Iterator<Item = u32> + '_ {
        let (run, list) = match self {
            SentenceFacts::Runs { first } => {
                let k = s as usize;
                let run = match (first.get(k), first.get(k + 1)) {
                    (Some(&a), Some(&b)) => a..b,
                    _ => 0..0,
                };
                (run, &[][..])
            }
            SentenceFacts::Lists { lists, .. } => (0..0, lists.get(s)),
        };
        run.chain(list.iter().copied())
    }

    /// The sentence of fact `f` ([`NONE`]: none). `near` is where the last call found its
    /// sentence: facts are visited in ascending order, so the next is in that sentence or a
    /// little further on.
    pub fn sentence_of(&self, f: usize, near: &mut usize) -> u32 {
        let first = match self {
            SentenceFacts::Runs { first } => first,
            SentenceFacts::Lists { of_fact, .. } => return of_fact.get(f).copied().unwrap_or(NONE),
        };
        let starts_by = |s: usize| first.get(s).is_some_and(|&x| x as usize <= f);
        if !starts_by(*near) {
            *near = 0;
        }
        // Gallop from `near`: steps of 1, 2, 4… while sentences still start by `f`, then a
        // binary search in the last step. A few comparisons for a fact a few sentences on.
        let mut at = *near;
        let mut step = 1;
        while starts_by(at + step) {
            at += step;
            step *= 2;
        }
        let end = (at + step).min(first.len());
        *near = at
            + first.get(at..end).map_or(0, |r| {
                r.partition_point(|&x| x as usize <= f).saturating_sub(1)
            });
        // At the last entry (the number of facts with a sentence), or past it: none.
        if *near + 1 >= first.len() {
            NONE
        } else {
            to_u32(*near)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_facts_as_runs_or_lists_alike() {
        let got = |sf: &SentenceFacts, n: u32| -> Vec<Vec<u32>> {
            (0..n).map(|s| sf.get(s).collect()).collect()
        };
        // Each fact's sentence, asked in ascending order, descending, and skipping about.
        let sentences = |sf: &SentenceFacts, order: &[usize]| -> Vec<u32> {
            let mut near = 0;
            let mut out = vec![0; order.len()];
            for &f in order {
                out[f] = sf.sentence_of(f, &mut near);
            }
            out
        };
        let orders: [&[usize]; 3] = [
            &[0, 1, 2, 3, 4, 5],
            &[5, 4, 3, 2, 1, 0],
            &[3, 0, 5, 2, 4, 1],
        ];
        // In text order (with a fact of no sentence last): runs.
        let in_order = [0, 0, 2, 3, 3, NONE];
        let sorted = SentenceFacts::new(4, in_order.into_iter());
        assert!(matches!(sorted, SentenceFacts::Runs { .. }));
        let runs = [vec![0, 1], vec![], vec![2], vec![3, 4], vec![]];
        assert_eq!(got(&sorted, 5), runs);
        for order in orders {
            assert_eq!(sentences(&sorted, order), in_order, "{order:?}");
        }
        // Any other order: lists, answering the same way.
        let shuffled_order = [3, 0, NONE, 0, 2, 3];
        let shuffled = SentenceFacts::new(4, shuffled_order.into_iter());
        assert!(matches!(shuffled, SentenceFacts::Lists { .. }));
        let lists = [vec![1, 3], vec![], vec![4], vec![0, 5], vec![]];
        assert_eq!(got(&shuffled, 5), lists);
        for order in orders {
            assert_eq!(sentences(&shuffled, order), shuffled_order);
        }
        // No sentences, no facts.
        assert_eq!(SentenceFacts::default().sentence_of(0, &mut 0), NONE);
        assert_eq!(
            SentenceFacts::new(0, std::iter::empty()).sentence_of(3, &mut 7),
            NONE
        );
    }
}
