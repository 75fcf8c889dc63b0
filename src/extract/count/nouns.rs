//! Word lists the count recogniser reads a noun phrase with: what looks like a plural noun,
//! and the measure, duration and money words a number before which is not a count of things.

/// Whether a lowercase word looks like a plural noun: an irregular plural or collective, or
/// a word ending in "s" that is not "-ss", "-us", "-is" or a known non-plural.
pub fn plural(w: &str) -> bool {
    if matches!(
        w,
        "people"
            | "children"
            | "men"
            | "women"
            | "staff"
            | "personnel"
            | "police"
            | "cattle"
            | "sheep"
            | "fish"
            | "deer"
            | "aircraft"
            | "livestock"
            | "crew"
            | "mice"
            | "geese"
            | "feet"
            | "teeth"
            | "workforce"
            | "spacecraft"
            | "offspring"
            | "faculty"
    ) {
        return true;
    }
    w.len() > 2
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && !w.ends_with("'s")
        && !w.ends_with("’s")
        && !matches!(
            w,
            "was"
                | "has"
                | "does"
                | "yes"
                | "thus"
                | "perhaps"
                | "always"
                | "sometimes"
                | "besides"
                | "towards"
                | "afterwards"
                | "whereas"
                | "unless"
                | "news"
                | "series"
                | "species"
                | "means"
                | "alas"
                | "whereabouts"
                | "overseas"
                | "apiece"
                | "nearby"
                | "lots"
        )
}

/// Measures, durations and money words: a number before them is not a count of things.
pub fn not_counted(w: &str) -> bool {
    matches!(
        w,
        "years"
            | "months"
            | "weeks"
            | "days"
            | "hours"
            | "minutes"
            | "seconds"
            | "decades"
            | "centuries"
            | "nights"
            | "times"
            | "percent"
            | "percents"
            | "miles"
            | "kilometres"
            | "kilometers"
            | "km"
            | "metres"
            | "meters"
            | "inches"
            | "feet"
            | "yards"
            | "pounds"
            | "ounces"
            | "grams"
            | "kilograms"
            | "kilos"
            | "kg"
            | "lbs"
            | "tons"
            | "tonnes"
            | "acres"
            | "hectares"
            | "degrees"
            | "gallons"
            | "litres"
            | "liters"
            | "mph"
            | "dollars"
            | "euros"
            | "cents"
            | "pence"
            | "yen"
            | "yuan"
            | "rupees"
            | "francs"
            | "bucks"
            | "points"
            | "basis"
            | "am"
            | "pm"
            | "a.m."
            | "p.m."
            | "bps"
    )
}
