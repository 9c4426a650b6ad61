//! `Array.prototype.sort` and `toSorted`, and the typed arrays' `sort` and
//! `toSorted`, sorted as node sorts them. boa's sort with Rust's slice
//! sort, which panics when a comparator is not a total order: the shuffle
//! scripts write (`a.sort(() => Math.random() - 0.5)`) stopped the whole
//! run. V8 never trusts a comparator: arrays get its TimSort, typed arrays
//! its merge sort, written here after their published descriptions, so a
//! comparator that is not a total order (a shuffle, `(a, b) => a > b`) is
//! called in the same sequence and leaves the same order as in Newman.

use boa_engine::object::builtins::{JsArray, JsTypedArray};

use super::*;

/// Installs the four functions in place of boa's.
pub(in crate::script) fn install(ctx: &mut Context) -> JsResult<()> {
    let array_prototype = ctx.intrinsics().constructors().array().prototype();
    let typed_prototype = ctx.intrinsics().constructors().typed_array().prototype();
    let functions: [(&JsObject, &str, HostFn); 4] = [
        (&array_prototype, "sort", array_sort),
        (&array_prototype, "toSorted", array_to_sorted),
        (&typed_prototype, "sort", typed_sort),
        (&typed_prototype, "toSorted", typed_to_sorted),
    ];
    for (target, name, function) in functions {
        let function =
            FunctionObjectBuilder::new(ctx.realm(), NativeFunction::from_fn_ptr(function))
                .name(JsString::from(name))
                .length(1)
                .build();
        define_hidden(target, JsString::from(name), function, ctx)?;
    }
    Ok(())
}

/// How two elements compare: a number below, at or above zero.
type Compare<'a> = dyn FnMut(&JsValue, &JsValue, &mut Context) -> JsResult<f64> + 'a;

/// The comparator argument: a function, or undefined for the default order.
fn comparator(args: &[JsValue]) -> JsResult<Option<JsObject>> {
    match args.first() {
        None => Ok(None),
        Some(value) if value.is_undefined() => Ok(None),
        Some(value) => value.as_callable().map(Some).ok_or_else(|| {
            JsNativeError::typ()
                .with_message("The comparison function must be either a function or undefined")
                .into()
        }),
    }
}

/// A user comparator's answer as a number, NaN read as 0 (the standard's
/// `SortCompare`).
fn user_order(function: &JsObject, x: &JsValue, y: &JsValue, ctx: &mut Context) -> JsResult<f64> {
    let order = function
        .call(&JsValue::undefined(), &[x.clone(), y.clone()], ctx)?
        .to_number(ctx)?;
    Ok(if order.is_nan() { 0.0 } else { order })
}

/// The default order of array elements: by their text, in UTF-16 units.
fn text_order(x: &JsValue, y: &JsValue, ctx: &mut Context) -> JsResult<f64> {
    let (x, y) = (x.to_string(ctx)?, y.to_string(ctx)?);
    Ok(ordering_number(x.cmp(&y)))
}

fn ordering_number(order: std::cmp::Ordering) -> f64 {
    match order {
        std::cmp::Ordering::Less => -1.0,
        std::cmp::Ordering::Equal => 0.0,
        std::cmp::Ordering::Greater => 1.0,
    }
}

/// The default order of typed array elements: numeric, NaN last, -0
/// before +0, BigInts by value.
fn numeric_order(x: &JsValue, y: &JsValue, _: &mut Context) -> JsResult<f64> {
    if let (Some(x), Some(y)) = (x.as_bigint(), y.as_bigint()) {
        return Ok(ordering_number(x.cmp(&y)));
    }
    let (x, y) = (
        x.as_number().unwrap_or(f64::NAN),
        y.as_number().unwrap_or(f64::NAN),
    );
    Ok(match (x.is_nan(), y.is_nan()) {
        (true, true) => 0.0,
        (true, false) => 1.0,
        (false, true) => -1.0,
        (false, false) if x < y => -1.0,
        (false, false) if x > y => 1.0,
        (false, false) if x == 0.0 && y == 0.0 => {
            match (x.is_sign_negative(), y.is_sign_negative()) {
                (true, false) => -1.0,
                (false, true) => 1.0,
                _ => 0.0,
            }
        }
        (false, false) => 0.0,
    })
}

/// The elements in sorted order, undefined ones last uncompared (V8 takes
/// them out before sorting, as the standard's comparison puts them last).
fn sorted_array_elements(
    items: Vec<JsValue>,
    function: Option<&JsObject>,
    ctx: &mut Context,
) -> JsResult<Vec<JsValue>> {
    let total = items.len();
    let mut defined: Vec<JsValue> = items.into_iter().filter(|v| !v.is_undefined()).collect();
    let undefined = total - defined.len();
    match function {
        Some(function) => tim_sort(
            &mut defined,
            &mut |x: &JsValue, y: &JsValue, ctx: &mut Context| user_order(function, x, y, ctx),
            ctx,
        )?,
        None => tim_sort(&mut defined, &mut text_order, ctx)?,
    }
    defined.extend(std::iter::repeat_n(JsValue::undefined(), undefined));
    Ok(defined)
}

/// `Array.prototype.sort(comparefn)`: holes are left at the end.
fn array_sort(this: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let function = comparator(args)?;
    let object = this.to_object(ctx)?;
    let length = length_of_array_like(&object, ctx)?;
    let mut items = Vec::with_capacity(usize::try_from(length.min(1 << 16)).unwrap_or(0));
    for index in 0..length {
        if object.has_property(index, ctx)? {
            items.push(object.get(index, ctx)?);
        }
    }
    let sorted = sorted_array_elements(items, function.as_ref(), ctx)?;
    let written = sorted.len() as u64;
    for (index, value) in sorted.into_iter().enumerate() {
        object.set(index, value, true, ctx)?;
    }
    for index in written..length {
        object.delete_property_or_throw(index, ctx)?;
    }
    Ok(object.into())
}

/// `Array.prototype.toSorted(comparefn)`: a new array, holes read as undefined.
fn array_to_sorted(this: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let function = comparator(args)?;
    let object = this.to_object(ctx)?;
    let length = length_of_array_like(&object, ctx)?;
    if length > u64::from(u32::MAX) {
        return Err(JsNativeError::range()
            .with_message("Invalid array length")
            .into());
    }
    let mut items = Vec::with_capacity(usize::try_from(length.min(1 << 16)).unwrap_or(0));
    for index in 0..length {
        items.push(object.get(index, ctx)?);
    }
    let sorted = sorted_array_elements(items, function.as_ref(), ctx)?;
    Ok(JsArray::from_iter(sorted, ctx).into())
}

/// `LengthOfArrayLike`: `length` as an integer in [0, 2^53 - 1].
fn length_of_array_like(object: &JsObject, ctx: &mut Context) -> JsResult<u64> {
    object.get(js_string!("length"), ctx)?.to_length(ctx)
}

/// The typed array `this` is, with its length.
fn typed_this(this: &JsValue, ctx: &mut Context) -> JsResult<(JsTypedArray, u64)> {
    let object = this
        .as_object()
        .ok_or_else(|| JsNativeError::typ().with_message("Value is not a typed array object"))?;
    let typed = JsTypedArray::from_object(object)?;
    let length = typed.length(ctx)? as u64;
    Ok((typed, length))
}

/// A typed array's elements sorted by V8's merge sort.
fn sorted_typed_elements(
    typed: &JsTypedArray,
    length: u64,
    function: Option<&JsObject>,
    ctx: &mut Context,
) -> JsResult<Vec<JsValue>> {
    let mut items = Vec::with_capacity(usize::try_from(length.min(1 << 16)).unwrap_or(0));
    for index in 0..length {
        items.push(typed.get(index, ctx)?);
    }
    match function {
        Some(function) => merge_sort(
            &mut items,
            &mut |x: &JsValue, y: &JsValue, ctx: &mut Context| user_order(function, x, y, ctx),
            ctx,
        )?,
        None => merge_sort(&mut items, &mut numeric_order, ctx)?,
    }
    Ok(items)
}

/// `%TypedArray%.prototype.sort(comparefn)`.
fn typed_sort(this: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let function = comparator(args)?;
    let (typed, length) = typed_this(this, ctx)?;
    let sorted = sorted_typed_elements(&typed, length, function.as_ref(), ctx)?;
    for (index, value) in sorted.into_iter().enumerate() {
        typed.set(index, value, true, ctx)?;
    }
    Ok(typed.into())
}

/// `%TypedArray%.prototype.toSorted(comparefn)`: a new array of the same kind.
fn typed_to_sorted(this: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let function = comparator(args)?;
    let (typed, length) = typed_this(this, ctx)?;
    let sorted = sorted_typed_elements(&typed, length, function.as_ref(), ctx)?;
    let constructor = same_kind_constructor(&typed, ctx)?;
    let copy = constructor.construct(&[JsValue::from(length as f64)], None, ctx)?;
    for (index, value) in sorted.into_iter().enumerate() {
        copy.set(index, value, true, ctx)?;
    }
    Ok(copy.into())
}

/// The constructor of the typed array's kind (`Int8Array`, …), whatever
/// subclass made it: the prototype just above `%TypedArray%.prototype`.
fn same_kind_constructor(typed: &JsTypedArray, ctx: &mut Context) -> JsResult<JsObject> {
    let base = ctx.intrinsics().constructors().typed_array().prototype();
    let mut prototype = JsObject::from(typed.clone()).prototype();
    while let Some(object) = prototype {
        if object.prototype().as_ref() == Some(&base) {
            let constructor = object.get(js_string!("constructor"), ctx)?;
            return constructor.as_constructor().ok_or_else(|| {
                JsNativeError::typ()
                    .with_message("the typed array's kind has no constructor")
                    .into()
            });
        }
        prototype = object.prototype();
    }
    Err(JsNativeError::typ()
        .with_message("Value is not a typed array object")
        .into())
}

/// V8's merge sort of typed arrays: top down, halves split at the middle,
/// the left element taken while it compares at or below the right one.
fn merge_sort(items: &mut [JsValue], compare: &mut Compare<'_>, ctx: &mut Context) -> JsResult<()> {
    if items.len() < 2 {
        return Ok(());
    }
    let mut source = items.to_vec();
    let length = items.len();
    merge_sort_range(&mut source, 0, length, items, compare, ctx)
}

/// Sorts `target[from..to]` from `source[from..to]`; the two swap roles at
/// each level, as in V8, so no copy is made per merge.
fn merge_sort_range(
    source: &mut [JsValue],
    from: usize,
    to: usize,
    target: &mut [JsValue],
    compare: &mut Compare<'_>,
    ctx: &mut Context,
) -> JsResult<()> {
    let middle = from + ((to - from) >> 1);
    if middle - from > 1 {
        merge_sort_range(target, from, middle, source, compare, ctx)?;
    }
    if to - middle > 1 {
        merge_sort_range(target, middle, to, source, compare, ctx)?;
    }
    let (mut left, mut right) = (from, middle);
    for slot in target.iter_mut().take(to).skip(from) {
        let take_left = if left < middle && right >= to {
            true
        } else if left < middle {
            compare(&source[left], &source[right], ctx)? <= 0.0
        } else {
            false
        };
        if take_left {
            *slot = source[left].clone();
            left += 1;
        } else {
            *slot = source[right].clone();
            right += 1;
        }
    }
    Ok(())
}

/// Wins in a row by one run after which a merge gallops (V8's and
/// CPython's starting threshold; it adapts as a merge goes).
const MIN_GALLOP: usize = 7;

/// V8's TimSort (its port of CPython's): runs found or made by binary
/// insertion, kept on a stack whose lengths shrink, merged with galloping.
/// Every step is written to stay in bounds whatever the comparator says.
struct TimSort<'a, 'c> {
    items: &'a mut [JsValue],
    compare: &'a mut Compare<'c>,
    min_gallop: usize,
    /// `(base, length)` of each run not merged yet.
    runs: Vec<(usize, usize)>,
}

fn tim_sort(items: &mut [JsValue], compare: &mut Compare<'_>, ctx: &mut Context) -> JsResult<()> {
    let length = items.len();
    if length < 2 {
        return Ok(());
    }
    let mut sort = TimSort {
        items,
        compare,
        min_gallop: MIN_GALLOP,
        runs: Vec::new(),
    };
    let min_run = min_run_length(length);
    let (mut low, mut remaining) = (0, length);
    while remaining != 0 {
        let mut run = sort.count_and_make_run(low, low + remaining, ctx)?;
        if run < min_run {
            let forced = min_run.min(remaining);
            sort.binary_insertion_sort(low, low + run, low + forced, ctx)?;
            run = forced;
        }
        sort.runs.push((low, run));
        sort.merge_collapse(ctx)?;
        low += run;
        remaining -= run;
    }
    sort.merge_force_collapse(ctx)
}

fn min_run_length(mut n: usize) -> usize {
    let mut odd = 0;
    while n >= 64 {
        odd |= n & 1;
        n >>= 1;
    }
    n + odd
}

impl TimSort<'_, '_> {
    fn order(&mut self, x: &JsValue, y: &JsValue, ctx: &mut Context) -> JsResult<f64> {
        (self.compare)(x, y, ctx)
    }

    /// The run starting at `low`: ascending, or strictly descending and
    /// then reversed.
    fn count_and_make_run(
        &mut self,
        low: usize,
        high: usize,
        ctx: &mut Context,
    ) -> JsResult<usize> {
        let next = low + 1;
        if next == high {
            return Ok(1);
        }
        let mut run = 2;
        let (first, second) = (self.items[low].clone(), self.items[next].clone());
        let descending = self.order(&second, &first, ctx)? < 0.0;
        let mut previous = second;
        for index in next + 1..high {
            let current = self.items[index].clone();
            let order = self.order(&current, &previous, ctx)?;
            if (descending && order >= 0.0) || (!descending && order < 0.0) {
                break;
            }
            previous = current;
            run += 1;
        }
        if descending {
            self.items[low..low + run].reverse();
        }
        Ok(run)
    }

    /// Sorts `[low, high)` whose `[low, start)` is sorted already.
    fn binary_insertion_sort(
        &mut self,
        low: usize,
        start: usize,
        high: usize,
        ctx: &mut Context,
    ) -> JsResult<()> {
        let mut start = if low == start { start + 1 } else { start };
        while start < high {
            let pivot = self.items[start].clone();
            let (mut left, mut right) = (low, start);
            while left < right {
                let middle = left + ((right - left) >> 1);
                let other = self.items[middle].clone();
                if self.order(&pivot, &other, ctx)? < 0.0 {
                    right = middle;
                } else {
                    left = middle + 1;
                }
            }
            self.items[left..=start].rotate_right(1);
            start += 1;
        }
        Ok(())
    }

    /// Whether the run lengths at `n` keep TimSort's invariant.
    fn invariant_holds(&self, n: usize) -> bool {
        n < 2 || self.runs[n - 2].1 > self.runs[n - 1].1 + self.runs[n].1
    }

    fn merge_collapse(&mut self, ctx: &mut Context) -> JsResult<()> {
        while self.runs.len() > 1 {
            let mut n = self.runs.len() - 2;
            if !self.invariant_holds(n + 1) || !self.invariant_holds(n) {
                if n > 0 && self.runs[n - 1].1 < self.runs[n + 1].1 {
                    n -= 1;
                }
                self.merge_at(n, ctx)?;
            } else if self.runs[n].1 <= self.runs[n + 1].1 {
                self.merge_at(n, ctx)?;
            } else {
                break;
            }
        }
        Ok(())
    }

    fn merge_force_collapse(&mut self, ctx: &mut Context) -> JsResult<()> {
        while self.runs.len() > 1 {
            let mut n = self.runs.len() - 2;
            if n > 0 && self.runs[n - 1].1 < self.runs[n + 1].1 {
                n -= 1;
            }
            self.merge_at(n, ctx)?;
        }
        Ok(())
    }

    /// Merges runs `i` and `i + 1`.
    fn merge_at(&mut self, i: usize, ctx: &mut Context) -> JsResult<()> {
        let (mut base_a, mut length_a) = self.runs[i];
        let (base_b, mut length_b) = self.runs[i + 1];
        self.runs[i] = (base_a, length_a + length_b);
        self.runs.remove(i + 1);
        // Where B's first element goes in A: what comes before stays.
        let key = self.items[base_b].clone();
        let k = self.gallop_right(Side::Items, &key, base_a, length_a, 0, ctx)?;
        base_a += k;
        length_a -= k;
        if length_a == 0 {
            return Ok(());
        }
        // Where A's last element goes in B: what comes after stays.
        let key = self.items[base_a + length_a - 1].clone();
        length_b = self.gallop_left(Side::Items, &key, base_b, length_b, length_b - 1, ctx)?;
        if length_b == 0 {
            return Ok(());
        }
        if length_a <= length_b {
            self.merge_low(base_a, length_a, base_b, length_b, ctx)
        } else {
            self.merge_high(base_a, length_a, base_b, length_b, ctx)
        }
    }

    /// The position in `array[base..base + length]` (sorted) where `key`
    /// goes before any equal element, searched from `hint` outwards.
    fn gallop_left(
        &mut self,
        side: Side<'_>,
        key: &JsValue,
        base: usize,
        length: usize,
        hint: usize,
        ctx: &mut Context,
    ) -> JsResult<usize> {
        let at = |side: &Side<'_>, items: &[JsValue], index: usize| side.get(items, index);
        let (hint, length) = (hint as isize, length as isize);
        let (mut last, mut offset): (isize, isize) = (0, 1);
        let element = at(&side, self.items, base + hint as usize);
        if self.order(&element, key, ctx)? < 0.0 {
            let max = length - hint;
            while offset < max {
                let element = at(&side, self.items, (base as isize + hint + offset) as usize);
                if self.order(&element, key, ctx)? >= 0.0 {
                    break;
                }
                last = offset;
                offset = (offset << 1) + 1;
            }
            offset = offset.min(max);
            last += hint;
            offset += hint;
        } else {
            let max = hint + 1;
            while offset < max {
                let element = at(&side, self.items, (base as isize + hint - offset) as usize);
                if self.order(&element, key, ctx)? < 0.0 {
                    break;
                }
                last = offset;
                offset = (offset << 1) + 1;
            }
            offset = offset.min(max);
            (last, offset) = (hint - offset, hint - last);
        }
        last += 1;
        while last < offset {
            let middle = last + ((offset - last) >> 1);
            let element = at(&side, self.items, (base as isize + middle) as usize);
            if self.order(&element, key, ctx)? < 0.0 {
                last = middle + 1;
            } else {
                offset = middle;
            }
        }
        Ok(offset as usize)
    }

    /// As [`Self::gallop_left`], but after any equal element.
    fn gallop_right(
        &mut self,
        side: Side<'_>,
        key: &JsValue,
        base: usize,
        length: usize,
        hint: usize,
        ctx: &mut Context,
    ) -> JsResult<usize> {
        let at = |side: &Side<'_>, items: &[JsValue], index: usize| side.get(items, index);
        let (hint, length) = (hint as isize, length as isize);
        let (mut last, mut offset): (isize, isize) = (0, 1);
        let element = at(&side, self.items, base + hint as usize);
        if self.order(key, &element, ctx)? < 0.0 {
            let max = hint + 1;
            while offset < max {
                let element = at(&side, self.items, (base as isize + hint - offset) as usize);
                if self.order(key, &element, ctx)? >= 0.0 {
                    break;
                }
                last = offset;
                offset = (offset << 1) + 1;
            }
            offset = offset.min(max);
            (last, offset) = (hint - offset, hint - last);
        } else {
            let max = length - hint;
            while offset < max {
                let element = at(&side, self.items, (base as isize + hint + offset) as usize);
                if self.order(key, &element, ctx)? < 0.0 {
                    break;
                }
                last = offset;
                offset = (offset << 1) + 1;
            }
            offset = offset.min(max);
            last += hint;
            offset += hint;
        }
        last += 1;
        while last < offset {
            let middle = last + ((offset - last) >> 1);
            let element = at(&side, self.items, (base as isize + middle) as usize);
            if self.order(key, &element, ctx)? < 0.0 {
                offset = middle;
            } else {
                last = middle + 1;
            }
        }
        Ok(offset as usize)
    }

    /// Merges A and B in place, A (the shorter) copied aside, from the left.
    fn merge_low(
        &mut self,
        base_a: usize,
        mut length_a: usize,
        base_b: usize,
        mut length_b: usize,
        ctx: &mut Context,
    ) -> JsResult<()> {
        let temp: Vec<JsValue> = self.items[base_a..base_a + length_a].to_vec();
        let (mut dest, mut cursor_temp, mut cursor_b) = (base_a, 0, base_b);
        self.items[dest] = self.items[cursor_b].clone();
        dest += 1;
        cursor_b += 1;
        let mut min_gallop = self.min_gallop;
        length_b -= 1;
        let outcome = 'merge: {
            if length_b == 0 {
                break 'merge Ending::Done;
            }
            if length_a == 1 {
                break 'merge Ending::LastOfOther;
            }
            loop {
                let (mut wins_a, mut wins_b) = (0, 0);
                loop {
                    let (b, a) = (self.items[cursor_b].clone(), temp[cursor_temp].clone());
                    if self.order(&b, &a, ctx)? < 0.0 {
                        self.items[dest] = b;
                        dest += 1;
                        cursor_b += 1;
                        wins_b += 1;
                        length_b -= 1;
                        wins_a = 0;
                        if length_b == 0 {
                            break 'merge Ending::Done;
                        }
                        if wins_b >= min_gallop {
                            break;
                        }
                    } else {
                        self.items[dest] = a;
                        dest += 1;
                        cursor_temp += 1;
                        wins_a += 1;
                        length_a -= 1;
                        wins_b = 0;
                        if length_a == 1 {
                            break 'merge Ending::LastOfOther;
                        }
                        if wins_a >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                let mut first = true;
                while wins_a >= MIN_GALLOP || wins_b >= MIN_GALLOP || first {
                    first = false;
                    min_gallop = min_gallop.saturating_sub(1).max(1);
                    self.min_gallop = min_gallop;
                    let key = self.items[cursor_b].clone();
                    wins_a =
                        self.gallop_right(Side::Temp(&temp), &key, cursor_temp, length_a, 0, ctx)?;
                    if wins_a > 0 {
                        self.items[dest..dest + wins_a]
                            .clone_from_slice(&temp[cursor_temp..cursor_temp + wins_a]);
                        dest += wins_a;
                        cursor_temp += wins_a;
                        length_a -= wins_a;
                        if length_a == 1 {
                            break 'merge Ending::LastOfOther;
                        }
                        // Impossible for a consistent comparator; possible here.
                        if length_a == 0 {
                            break 'merge Ending::Done;
                        }
                    }
                    self.items[dest] = self.items[cursor_b].clone();
                    dest += 1;
                    cursor_b += 1;
                    length_b -= 1;
                    if length_b == 0 {
                        break 'merge Ending::Done;
                    }
                    let key = temp[cursor_temp].clone();
                    wins_b = self.gallop_left(Side::Items, &key, cursor_b, length_b, 0, ctx)?;
                    if wins_b > 0 {
                        self.items.copy_within_clone(cursor_b, dest, wins_b);
                        dest += wins_b;
                        cursor_b += wins_b;
                        length_b -= wins_b;
                        if length_b == 0 {
                            break 'merge Ending::Done;
                        }
                    }
                    self.items[dest] = temp[cursor_temp].clone();
                    dest += 1;
                    cursor_temp += 1;
                    length_a -= 1;
                    if length_a == 1 {
                        break 'merge Ending::LastOfOther;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        match outcome {
            Ending::Done => {
                self.items[dest..dest + length_a]
                    .clone_from_slice(&temp[cursor_temp..cursor_temp + length_a]);
            }
            Ending::LastOfOther => {
                // A's last element belongs at the end of the merge.
                self.items.copy_within_clone(cursor_b, dest, length_b);
                self.items[dest + length_b] = temp[cursor_temp].clone();
            }
        }
        Ok(())
    }

    /// Merges A and B in place, B (the shorter) copied aside, from the right:
    /// `merge_low` mirrored, kept apart as V8 and CPython keep them, so that
    /// each reads step by step against its description.
    fn merge_high(
        &mut self,
        base_a: usize,
        mut length_a: usize,
        base_b: usize,
        mut length_b: usize,
        ctx: &mut Context,
    ) -> JsResult<()> {
        let temp: Vec<JsValue> = self.items[base_b..base_b + length_b].to_vec();
        // Cursors may step one before their array's start: signed.
        let mut dest = (base_b + length_b - 1) as isize;
        let mut cursor_temp = length_b as isize - 1;
        let mut cursor_a = (base_a + length_a - 1) as isize;
        let index = |i: isize| i as usize;
        self.items[index(dest)] = self.items[index(cursor_a)].clone();
        dest -= 1;
        cursor_a -= 1;
        let mut min_gallop = self.min_gallop;
        length_a -= 1;
        let outcome = 'merge: {
            if length_a == 0 {
                break 'merge Ending::Done;
            }
            if length_b == 1 {
                break 'merge Ending::LastOfOther;
            }
            loop {
                let (mut wins_a, mut wins_b) = (0, 0);
                loop {
                    let (b, a) = (
                        temp[index(cursor_temp)].clone(),
                        self.items[index(cursor_a)].clone(),
                    );
                    if self.order(&b, &a, ctx)? < 0.0 {
                        self.items[index(dest)] = a;
                        dest -= 1;
                        cursor_a -= 1;
                        wins_a += 1;
                        length_a -= 1;
                        wins_b = 0;
                        if length_a == 0 {
                            break 'merge Ending::Done;
                        }
                        if wins_a >= min_gallop {
                            break;
                        }
                    } else {
                        self.items[index(dest)] = b;
                        dest -= 1;
                        cursor_temp -= 1;
                        wins_b += 1;
                        length_b -= 1;
                        wins_a = 0;
                        if length_b == 1 {
                            break 'merge Ending::LastOfOther;
                        }
                        if wins_b >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                let mut first = true;
                while wins_a >= MIN_GALLOP || wins_b >= MIN_GALLOP || first {
                    first = false;
                    min_gallop = min_gallop.saturating_sub(1).max(1);
                    self.min_gallop = min_gallop;
                    let key = temp[index(cursor_temp)].clone();
                    let k =
                        self.gallop_right(Side::Items, &key, base_a, length_a, length_a - 1, ctx)?;
                    wins_a = length_a - k;
                    if wins_a > 0 {
                        dest -= wins_a as isize;
                        cursor_a -= wins_a as isize;
                        self.items
                            .copy_within_clone(index(cursor_a + 1), index(dest + 1), wins_a);
                        length_a -= wins_a;
                        if length_a == 0 {
                            break 'merge Ending::Done;
                        }
                    }
                    self.items[index(dest)] = temp[index(cursor_temp)].clone();
                    dest -= 1;
                    cursor_temp -= 1;
                    length_b -= 1;
                    if length_b == 1 {
                        break 'merge Ending::LastOfOther;
                    }
                    let key = self.items[index(cursor_a)].clone();
                    let k =
                        self.gallop_left(Side::Temp(&temp), &key, 0, length_b, length_b - 1, ctx)?;
                    wins_b = length_b - k;
                    if wins_b > 0 {
                        dest -= wins_b as isize;
                        cursor_temp -= wins_b as isize;
                        let from = index(cursor_temp + 1);
                        self.items[index(dest + 1)..index(dest + 1) + wins_b]
                            .clone_from_slice(&temp[from..from + wins_b]);
                        length_b -= wins_b;
                        if length_b == 1 {
                            break 'merge Ending::LastOfOther;
                        }
                        // Impossible for a consistent comparator; possible here.
                        if length_b == 0 {
                            break 'merge Ending::Done;
                        }
                    }
                    self.items[index(dest)] = self.items[index(cursor_a)].clone();
                    dest -= 1;
                    cursor_a -= 1;
                    length_a -= 1;
                    if length_a == 0 {
                        break 'merge Ending::Done;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        match outcome {
            Ending::Done => {
                if length_b > 0 {
                    let start = index(dest - (length_b as isize - 1));
                    self.items[start..start + length_b].clone_from_slice(&temp[..length_b]);
                }
            }
            Ending::LastOfOther => {
                // B's first element belongs at the front of the merge.
                dest -= length_a as isize;
                cursor_a -= length_a as isize;
                self.items
                    .copy_within_clone(index(cursor_a + 1), index(dest + 1), length_a);
                self.items[index(dest)] = temp[index(cursor_temp)].clone();
            }
        }
        Ok(())
    }
}

/// How a merge ended: everything placed but what is left of the copied
/// run, or one element of the copied run left over the other's rest.
enum Ending {
    Done,
    LastOfOther,
}

/// Where a gallop searches: the array being sorted, or a merge's copy.
enum Side<'t> {
    Items,
    Temp(&'t [JsValue]),
}

impl Side<'_> {
    fn get(&self, items: &[JsValue], index: usize) -> JsValue {
        match self {
            Side::Items => items[index].clone(),
            Side::Temp(temp) => temp[index].clone(),
        }
    }
}

/// `copy_within` for elements that are `Clone` but not `Copy`.
trait CopyWithinClone {
    fn copy_within_clone(&mut self, from: usize, to: usize, count: usize);
}

impl CopyWithinClone for [JsValue] {
    fn copy_within_clone(&mut self, from: usize, to: usize, count: usize) {
        if from == to || count == 0 {
            return;
        }
        if to < from {
            for i in 0..count {
                self[to + i] = self[from + i].clone();
            }
        } else {
            for i in (0..count).rev() {
                self[to + i] = self[from + i].clone();
            }
        }
    }
}
