//! "Did you mean …?": the nearest name to a typo, for every error that names
//! something the user mistyped (`--folder`, `setNextRequest`, mock routes).
//! One distance and one wording for all of them.

/// Levenshtein distance over chars.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != *cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

/// Whether `candidate` is close enough to `wanted` to be a typo of it
/// (case is ignored; longer names allow more edits).
pub fn similar(candidate: &str, wanted: &str) -> bool {
    distance(wanted, candidate) <= allowed_edits(candidate)
}

/// The closest candidate, when one is close enough to be a typo.
pub fn closest<I, S>(wanted: &str, candidates: I) -> Option<String>
where
    I: IntoIterator<Item = S>,
    S: Into<String>,
{
    candidates
        .into_iter()
        .map(Into::into)
        .map(|candidate| (distance(wanted, &candidate), candidate))
        .filter(|(distance, candidate)| *distance <= allowed_edits(candidate))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

/// The `n` nearest candidates, nearest first, however far they are.
pub fn nearest(
    wanted: &str,
    candidates: impl IntoIterator<Item = String>,
    n: usize,
) -> Vec<String> {
    let mut ranked: Vec<(usize, String)> = candidates
        .into_iter()
        .map(|candidate| (edit_distance(wanted, &candidate), candidate))
        .collect();
    ranked.sort();
    ranked.dedup_by(|a, b| a.1 == b.1);
    ranked.into_iter().take(n).map(|(_, c)| c).collect()
}

/// `; did you mean `x`?` or nothing: the one wording of a suggestion.
pub fn did_you_mean(suggestion: Option<&str>) -> String {
    suggestion
        .map(|s| format!("; did you mean `{s}`?"))
        .unwrap_or_default()
}

fn distance(wanted: &str, candidate: &str) -> usize {
    edit_distance(&wanted.to_lowercase(), &candidate.to_lowercase())
}

fn allowed_edits(candidate: &str) -> usize {
    (candidate.chars().count() / 3).max(2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distances() {
        assert_eq!(edit_distance("users", "users"), 0);
        assert_eq!(edit_distance("usres", "users"), 2);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }

    #[test]
    fn closest_ignores_case_and_far_names() {
        assert_eq!(closest("USRES", ["users", "orders"]), Some("users".into()));
        assert_eq!(closest("zzzzzz", ["users", "orders"]), None);
        assert_eq!(did_you_mean(Some("F1")), "; did you mean `F1`?");
        assert_eq!(did_you_mean(None), "");
    }

    #[test]
    fn nearest_ranks_and_deduplicates() {
        let lines = ["GET /a", "GET /b", "GET /a", "POST /zz"].map(String::from);
        assert_eq!(nearest("GET /a", lines, 2), ["GET /a", "GET /b"]);
    }
}
