//! The portal field map: portals keep their own field names (often pinyin abbreviations such
//! as `slsj` 受理时间, `bjlx` 办件类型) and code values. The map is applied to each record once,
//! before any rule reads it, and paths in findings are given back in the portal's names.

mod tree;

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde_json::Value;

use crate::error::{join_path, Error, ErrorCode};
use tree::Members;
pub(crate) use tree::Node;

/// `{ "portal.path": "engine.path" }`; `[]` marks each element of an array, as in
/// `"zt[].ks": "pauses[].from"`. Read as JSON values and checked here, as the value map is:
/// the map type serde_json's own objects use, one copy of its code in the .wasm.
pub type FieldMapInput = BTreeMap<String, Value>;
/// `{ "engine.path": { "portal value": "engine value" } }`; `null` as the engine value makes
/// the field absent (`{ "concludedAt": { "未办结": null } }`).
/// Read as JSON values and checked here: a second deserializer for the nested maps would cost
/// the .wasm kilobytes.
pub type ValueMapInput = BTreeMap<String, Value>;
/// Portal value → engine value, or `None` for absent.
pub type ValueTable = crate::str_map::StrMap<Option<String>>;

/// A portal's field map (`config.fieldMap`) and value map (`config.valueMap`), checked when
/// the engine is built: how a portal's own record is read in the engine's names, and how a
/// finding's path is given back in the portal's.
#[derive(Clone, Debug, Default)]
pub struct FieldMap {
    fields: Vec<(Vec<String>, Vec<String>)>,
    values: Vec<(Vec<String>, ValueTable)>,
    /// The portal's names at the top of a record (`sqr` of `sqr.xm`, `zt` of `zt[].ks`).
    tops: Vec<String>,
    /// [`FieldMap::portal_person_fields`], found once.
    person_fields: Vec<String>,
}

/// Every field name of every record type, sorted: a field map may only send a portal field to
/// one of these (a misspelt `concludeAt` is an error, not a field silently dropped). The suite
/// checks the list against the record types.
pub const ENGINE_FIELDS: &[&str] = &[
    "acceptedAt",
    "agent",
    "agentName",
    "amount",
    "answer",
    "answeredAt",
    "appeal",
    "applicant",
    "applicantName",
    "approver",
    "at",
    "basis",
    "bureau",
    "calledAt",
    "calledBackAt",
    "cards",
    "caseId",
    "category",
    "certificateIssuedAt",
    "certified",
    "checklist",
    "clerk",
    "closed",
    "code",
    "committedLimit",
    "complainant",
    "complaints",
    "completedAt",
    "concludedAt",
    "conductFindings",
    "contact",
    "contactName",
    "count",
    "creditCode",
    "date",
    "deadlineReports",
    "decidedAt",
    "description",
    "dueAt",
    "events",
    "evidence",
    "extension",
    "farewell",
    "fees",
    "filedAt",
    "firstReceiver",
    "founded",
    "free",
    "from",
    "goodRatingShare",
    "greet",
    "hall",
    "handovers",
    "head",
    "heads",
    "history",
    "id",
    "idNumber",
    "idType",
    "incomplete",
    "inspections",
    "issuedOn",
    "issuer",
    "items",
    "kind",
    "legalBasis",
    "legalRepresentative",
    "level",
    "limit",
    "locale",
    "materials",
    "month",
    "months",
    "name",
    "named",
    "notifiedAt",
    "outcome",
    "overdueCases",
    "overdueWorkingDays",
    "pauses",
    "people",
    "period",
    "person",
    "phone",
    "procedure",
    "provisional",
    "published",
    "reason",
    "receivedAt",
    "recipients",
    "records",
    "rectifiedAt",
    "repliedAt",
    "report",
    "responsible",
    "result",
    "retrained",
    "rightsNotice",
    "room",
    "rooms",
    "rule",
    "score",
    "seat",
    "sector",
    "seriousOffences",
    "servedAt",
    "staff",
    "staffId",
    "standardHours",
    "startedAt",
    "state",
    "status",
    "statutoryLimit",
    "steps",
    "substitute",
    "summary",
    "supplementRequests",
    "takenAt",
    "tickets",
    "to",
    "type",
    "unit",
    "unitDisqualified",
    "units",
    "upheld",
    "value",
    "verifiedAt",
    "water",
    "welcome",
    "window",
    "windows",
];

/// What a value map's table must be.
pub const VALUE_TABLE: &str = "{ \"portal value\": \"engine value\" | null }";
/// The starts of the field map's own details; their Chinese is in `messages::parser_zh`.
pub const NOT_A_PATH: &str = "not a field path (empty, deeper than 8, starting with [] or with [] \
     twice in a row, or a name with spaces at its ends or marks that show nothing): ";
/// See [`NOT_A_PATH`].
pub const LISTS_DIFFER: &str = "[] must mark the same lists on both sides: ";
/// See [`NOT_A_PATH`].
pub const MAPPED_TWICE: &str = "mapped from two portal fields: ";
/// See [`NOT_A_PATH`].
pub const VALUE_GIVEN_TWICE: &str = "a portal value given twice, with two meanings: ";
/// See [`NOT_A_PATH`].
pub const WHOLE_AND_MEMBERS: &str = "a portal field mapped both whole and by its members: ";

/// Longest path accepted in a map, in segments.
const MAX_DEPTH: usize = 8;

/// A path in the engine's names: each of its fields must be one the records have.
fn engine_path(path: &str, at: &str) -> Result<Vec<String>, Error> {
    let parts = split(path, at)?;
    match parts
        .iter()
        .find(|p| *p != "[]" && ENGINE_FIELDS.binary_search(&p.as_str()).is_err())
    {
        Some(unknown) => Err(Error::new(ErrorCode::InvalidConfig, at)
            .detail(format!("unknown field `{}`", crate::text::clip(unknown)))),
        None => Ok(parts),
    }
}

fn split(path: &str, at: &str) -> Result<Vec<String>, Error> {
    let mut parts: Vec<String> = Vec::new();
    for part in path.split('.') {
        // `zt[][]` is `zt`, `[]`, `[]` (refused below, as `zt[].[]` is): a `zt[]` left as a
        // portal key was never found, and the pauses it held were dropped (helper-82).
        let mut head = part;
        let mut lists = 0;
        while let Some(h) = head.strip_suffix("[]") {
            head = h;
            lists += 1;
        }
        parts.push(head.to_string());
        parts.extend(std::iter::repeat_n("[]".to_string(), lists));
    }
    parts.retain(|p| !p.is_empty());
    let list_of_lists = parts.windows(2).any(|w| w[0] == "[]" && w[1] == "[]");
    // `"bjsj "` or `zt [].ks` is a typing slip: no record has that key, and the field it reads
    // was dropped (helper-84: a case concluded in time was red).
    // Unseen as `json_objects` reads record keys written otherwise (tags, braille blank …).
    let unseen = |c: char| crate::json_objects::invisible(c) && c != ' ';
    let slipped = parts.iter().any(|p| {
        p.starts_with(char::is_whitespace) || p.ends_with(char::is_whitespace) || p.contains(unseen)
    });
    if parts.is_empty()
        || parts.len() > MAX_DEPTH
        || parts.first().is_some_and(|p| p == "[]")
        || list_of_lists
        || slipped
    {
        return Err(Error::new(ErrorCode::InvalidConfig, at)
            .detail(format!("{NOT_A_PATH}`{}`", crate::text::clip(path))));
    }
    Ok(parts)
}

impl FieldMap {
    /// Checks and builds the map from the configuration's two members.
    ///
    /// # Errors
    ///
    /// `invalid_config` at `config.fieldMap.{portal}` for a path that is empty, too deep or
    /// names no engine field, for `[]` on one side only, or for a second portal field sent to
    /// the same engine field; at `config.valueMap.{field}` for a value table that is not an
    /// object of texts or nulls.
    pub fn new(fields: &FieldMapInput, values: ValueMapInput) -> Result<FieldMap, Error> {
        let mut map = FieldMap::default();
        for (portal, engine) in fields {
            let at = format!("config.fieldMap.{portal}");
            let Value::String(engine) = engine else {
                return Err(Error::new(ErrorCode::InvalidConfig, &at).detail(format!(
                    "invalid type: {}, expected a string",
                    json_kind(engine)
                )));
            };
            let (p, e) = (split(portal, &at)?, engine_path(engine, &at)?);
            let arrays = |v: &[String]| v.iter().filter(|s| *s == "[]").count();
            if arrays(&p) != arrays(&e) {
                return Err(Error::new(ErrorCode::InvalidConfig, &at)
                    .detail(format!("{LISTS_DIFFER}`{portal}` → `{engine}`")));
            }
            if map.fields.iter().any(|(_, other)| *other == e) {
                // Two portal fields for one engine field: which one counts would depend on
                // their names, and an empty one could hide the other's value.
                return Err(Error::new(ErrorCode::InvalidConfig, &at)
                    .detail(format!("{MAPPED_TWICE}`{engine}`")));
            }
            // `sqr` → `applicant` beside `sqr.xm` → `applicant.name`: which reading holds
            // depends on the order they apply in, and the members had gone unread (helper-83:
            // an ID unchecked, a name echoed).
            let within = |a: &[String], b: &[String]| a.len() < b.len() && b.starts_with(a);
            if map
                .fields
                .iter()
                .any(|(q, _)| within(q, &p) || within(&p, q))
            {
                return Err(Error::new(ErrorCode::InvalidConfig, &at)
                    .detail(format!("{WHOLE_AND_MEMBERS}`{portal}`")));
            }
            if !map.tops.contains(&p[0]) {
                map.tops.push(p[0].clone());
            }
            map.fields.push((p, e));
        }
        for (engine, table) in values {
            let at = format!("config.valueMap.{engine}");
            let path = engine_path(&engine, &at)?;
            let Value::Object(entries) = table else {
                return Err(Error::new(ErrorCode::InvalidConfig, &at).detail(VALUE_TABLE));
            };
            let mut table = ValueTable::new();
            for (portal, value) in entries {
                let value = match value {
                    Value::String(s) => Some(s),
                    Value::Null => None,
                    _ => {
                        return Err(
                            Error::new(ErrorCode::InvalidConfig, &join_path(&at, &portal))
                                .detail(VALUE_TABLE),
                        )
                    }
                };
                // Two portal values that are one once trimmed (`"2"`, `" 2 "`) with two
                // meanings: which one a record's value reads as would depend on their order
                // (helper-95 #10).
                let key = portal.trim();
                // The same meaning written with spaces, or as another empty value, is one.
                let meaning = |v: &Option<String>| {
                    v.as_deref()
                        .map(str::trim)
                        .filter(|t| !says_absent("", t))
                        .map(str::to_string)
                };
                if table
                    .get(key)
                    .is_some_and(|given| meaning(given) != meaning(&value))
                {
                    return Err(
                        Error::new(ErrorCode::InvalidConfig, &join_path(&at, &portal))
                            .detail(format!("{VALUE_GIVEN_TWICE}`{key}`")),
                    );
                }
                table.insert(key.to_string(), value);
            }
            map.values.push((path, table));
        }
        map.person_fields = map.find_person_fields();
        Ok(map)
    }

    /// Whether the portal gave neither a field map nor a value map: records are read as they
    /// are written.
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty() && self.values.is_empty()
    }

    /// The portal's own field names the map reads, at every level (`yj` and `yjr` of
    /// `yj[].yjr`).
    pub fn portal_fields(&self) -> Vec<&str> {
        let names = self.fields.iter().flat_map(|(portal, _)| portal);
        names.filter(|s| *s != "[]").map(String::as_str).collect()
    }

    /// The portal's own names of the fields that hold a person's name (`swzrr` of `swzrr` →
    /// `firstReceiver`, `xm` of `sqr.xm` → `applicant.name`, `yjr` of `yj[].yjr` →
    /// `handovers[].from`): a record refused for one of them written otherwise or placed
    /// wrong (`SWZRR`, `sqr: [{ xm }]`) still names that person (CASE-7, helper-95).
    pub fn portal_person_fields(&self) -> &[String] {
        &self.person_fields
    }

    fn find_person_fields(&self) -> Vec<String> {
        use crate::report::mask::PERSON_KEYS;
        let person = |engine: &[String]| match engine {
            [.., record, last] if last == "name" => PERSON_KEYS.contains(&record.as_str()),
            [first, .., last] if first == "handovers" => last == "from" || last == "to",
            [.., last] => PERSON_KEYS.contains(&last.as_str()),
            [] => false,
        };
        let fields = self.fields.iter().filter(|(_, engine)| person(engine));
        fields
            .filter_map(|(portal, _)| portal.last().cloned())
            .collect()
    }

    /// Moves portal fields to the engine's names, then translates code values.
    ///
    /// A key left unmapped that is one of the portal's names written otherwise (`"bjsj "` for
    /// `bjsj`) is told in `written_otherwise`, with that name.
    fn apply<'a>(
        &'a self,
        record: Node<'a>,
        written_otherwise: &mut Option<(String, &'a str)>,
    ) -> Node<'a> {
        let Node::Object(mut obj) = record else {
            return record;
        };
        let mut out = Members::with_capacity(obj.len() + 2);
        let misplaced = self.take_misplaced(&mut obj);
        self.take_misshapen(&mut obj, &mut out);
        // A field given both nested and flat with two values, to be refused as given twice.
        let mut flat_twice = Members::default();
        // Most records give no dotted key: no flat name is made for them.
        let flat_keys = obj.iter().any(|(k, _)| k.contains('.'));
        for (portal, engine) in &self.fields {
            // An empty portal field stays out: it must not hide a value the record gives
            // under the engine's own name.
            let nested = take(&mut obj, portal).filter(|v| !is_absent(engine, v));
            // A portal that writes its records flat gives `sqr.zjhm` for `sqr: { zjhm }`: the
            // same field (helper-95: the ID number had gone unchecked, without a word).
            let flat = match flat_keys {
                true => take_flat(&mut obj, portal).filter(|v| !is_absent(engine, v)),
                false => None,
            };
            match (nested, flat) {
                (Some(v), Some(f)) if !same_value(&v, &f) => {
                    put(&mut out, engine, v);
                    put(&mut flat_twice, engine, f);
                }
                (Some(v), _) | (None, Some(v)) => put(&mut out, engine, v),
                (None, None) => {}
            }
        }
        for (list, i, item) in misplaced {
            if let Node::Array(items) = out.entry(Cow::Borrowed(list), || Node::Array(vec![])) {
                items.resize_with(items.len().max(i + 1), || Node::Null);
                items[i] = item;
            }
        }
        // Fields the map does not name keep their names, so a record may mix both. One that
        // is a portal's name written otherwise (spaces, invisible marks, full-width, case, _ or
        // -) is told: left as it is, it would be read as a field of the portal's own and
        // ignored (a conclusion so written had left its case open and red).
        let mut twice = flat_twice;
        if written_otherwise.is_none() {
            *written_otherwise = self.written_otherwise_in(&obj, &[], "");
        }
        self.carry_left_members(&mut obj, &mut out);
        for (k, v) in obj {
            match (out.get_mut(&k), v) {
                (None, v) => out.insert(k, v),
                // The engine's own record beside the portal's record mapped to it (`applicant`
                // beside `sqr.sfz` → `applicant.idNumber`): one record, member by member
                // (helper-82: two halves that do not meet had been refused as given twice).
                (Some(Node::Object(into)), Node::Object(members)) => merge_members(into, members),
                (Some(_), v) if !absent_under(&k, &v) => twice.insert(k, v),
                _ => {}
            }
        }
        let mut record = Node::Object(out);
        let mut twice = Node::Object(twice);
        for (path, table) in &self.values {
            translate(&mut record, path, table);
            translate(&mut twice, path, table);
        }
        // A field given under the portal's name and under the engine's, with two values in the
        // engine's terms: the record does not say which is meant, so it is given twice and
        // refused as a duplicate field (helper-74: `bjsj` beside `concludedAt` had silently
        // won, a case concluded in time was late, and red). The same value twice is one.
        if let (Node::Object(out), Node::Object(twice)) = (&mut record, twice) {
            for (k, v) in twice {
                if out.get_mut(&k).is_some_and(|mapped| *mapped != v) {
                    out.insert_again(k, v);
                }
            }
        }
        record
    }

    /// The first key of `obj` (the record's members the map left, or a portal record or list
    /// element within them, at the portal path `prefix`) that is one of the portal's names at
    /// that place written otherwise, with its path and that name. An engine's own name at the
    /// top is no portal name (a record may mix both).
    fn written_otherwise_in<'m>(
        &'m self,
        obj: &Members,
        prefix: &[&'m str],
        at: &str,
    ) -> Option<(String, &'m str)> {
        let depth = prefix.len();
        // The portal paths under `prefix`, from the segment at this place on.
        // A portal's id written otherwise is a key of its own, as the engine's `id` is
        // (`json_objects::field_written_otherwise`): an id judges no one.
        let under = || {
            self.fields.iter().filter_map(move |(portal, engine)| {
                let inside = portal.len() > depth
                    && portal.iter().zip(prefix).all(|(a, b)| a == b)
                    && engine != &["id"];
                inside.then(|| &portal[depth..])
            })
        };
        let names = || under().map(|rest| rest[0].as_str());
        for (k, v) in obj.iter() {
            if names().any(|n| n == k) {
                let Some(deeper) = under().find(|rest| rest[0] == k && rest.len() > 1) else {
                    continue;
                };
                let inner_prefix = |n: usize| {
                    let mut p = prefix.to_vec();
                    p.extend(deeper[..n].iter().map(String::as_str));
                    p
                };
                let found = match v {
                    Node::Array(items) if deeper[1] == "[]" => {
                        let p = inner_prefix(2);
                        items.iter().enumerate().find_map(|(i, item)| match item {
                            // An element the map emptied has no key to ask.
                            Node::Object(inner) if !inner.is_empty() => {
                                let path = format!("{}[{i}]", join_path(at, k));
                                self.written_otherwise_in(inner, &p, &path)
                            }
                            _ => None,
                        })
                    }
                    // A portal record the map emptied (`sqr: {}` once its fields are taken).
                    Node::Object(inner) if deeper[1] != "[]" && !inner.is_empty() => {
                        self.written_otherwise_in(inner, &inner_prefix(1), &join_path(at, k))
                    }
                    _ => None,
                };
                if found.is_some() {
                    return found;
                }
                continue;
            }
            if depth == 0 && ENGINE_FIELDS.binary_search(&k).is_ok() {
                continue;
            }
            if let Some(name) = crate::json_objects::field_written_otherwise(k, names()) {
                return Some((join_path(at, k), name));
            }
        }
        None
    }

    /// The first portal record on the way to a mapped field (`bj` of `bj.sj`, `sq.sqr` of
    /// `sq.sqr.sfz`) that the record gives as no record, with its path and what it is: left
    /// there, the field was never read (helper-82: a case concluded in time read as open, and
    /// red; an ID number went unchecked). A portal record mapped to an engine record of its own
    /// (`sqr.xm` → `applicant.name`) is read there instead ([`FieldMap::take_misshapen`]); an
    /// empty one (`null`, `-`) is no record.
    fn misshapen_record(&self, obj: &Members) -> Option<(String, String)> {
        self.fields.iter().find_map(|(portal, engine)| {
            if record_pair(portal, engine).is_some_and(|(from, _)| from.len() == 1) {
                return None;
            }
            misshapen_on(obj, &portal[..portal.len() - 1], "")
        })
    }

    /// A portal record the map reads (`sqr` of `sqr.xm` → `applicant.name`) given as no record
    /// (`sqr: "欧阳娜娜"`, a list, a number): moved as it is to where the engine's record
    /// stands (`applicant`), which reads or refuses it there as it reads its own: a text is
    /// the applicant's name, masked; anything else is refused. It had been left unread
    /// (helper-80: the ID unchecked, the name echoed), then put at the map's first field under
    /// the record (helper-81: the name read as an ID number). Records at the top, mapped to
    /// records at the top under another name.
    fn take_misshapen<'a>(&'a self, obj: &mut Members<'a>, out: &mut Members<'a>) {
        for (portal, engine) in &self.fields {
            let Some(([from], to)) = record_pair(portal, engine) else {
                continue;
            };
            if from == to {
                continue;
            }
            match obj.get(from) {
                None | Some(Node::Object(_) | Node::Null) => {}
                // An empty portal record (`sqr: "-"`) is none: it hides nothing the engine's
                // own record gives (helper-82: it had been refused as given twice).
                Some(v) if absent_under(from, v) => {
                    obj.remove(from);
                }
                Some(_) => {
                    if let Some(value) = obj.remove(from) {
                        out.insert(Cow::Borrowed(to), value);
                    }
                }
            }
        }
    }

    /// The members a portal's list element or record keeps after the map took its fields
    /// (`zt: [{ ks, reason }]` for `zt[].ks` → `pauses[].from`), moved to the engine's element
    /// or record, as the members at the top keep their names: an engine's own name there is read
    /// (helper-79: a pause's `reason` had been dropped, the pause unexplained and the case red),
    /// one written otherwise is refused, and one given under both names with two values is
    /// given twice, and refused. Lists and records at the top, mapped to lists and records at
    /// the top under another name.
    fn carry_left_members<'a>(&'a self, obj: &mut Members<'a>, out: &mut Members<'a>) {
        for (portal, engine) in &self.fields {
            // Where the field is read from and where it goes: the list's elements (`zt[]` of
            // `zt[].ks` or `zt[].sj.ks` → `pauses[]`), or the record (`sqr` of `sqr.xm`, `sq.sqr`
            // of `sq.sqr.xm` → `applicant`; helper-83: members beside deeper fields had been
            // dropped, a pause's reason with them, and the case was red).
            let (pp, ep) = (&portal[..portal.len() - 1], &engine[..engine.len() - 1]);
            let (list, from, to) = match (pp, ep, record_pair(portal, engine)) {
                ([p, a, ..], [e, b, ..], _) if a == "[]" && b == "[]" && p != e => {
                    (true, &pp[..1], e.as_str())
                }
                (.., Some((from, to))) if from != [to] => (false, from, to),
                _ => continue,
            };
            let left = match node_at(obj, from) {
                Some(Node::Array(items)) if list => std::mem::take(items),
                Some(Node::Object(members)) if !list => vec![Node::Object(std::mem::take(members))],
                _ => continue,
            };
            // Nothing left: no engine record is made of it (`sqr: {}` is no applicant).
            let kept = |e: &Node| matches!(e, Node::Object(m) if m.iter().next().is_some());
            if !left.iter().any(kept) {
                remove_at(obj, from);
                continue;
            }
            let target = out.entry(Cow::Borrowed(to), || match list {
                true => Node::Array(vec![]),
                false => Node::Object(Members::default()),
            });
            for (i, element) in left.into_iter().enumerate() {
                let Node::Object(members) = element else {
                    continue;
                };
                let slot = match &mut *target {
                    Node::Array(items) => {
                        while items.len() <= i {
                            items.push(Node::Object(Members::default()));
                        }
                        &mut items[i]
                    }
                    other => other,
                };
                let Node::Object(into) = slot else { continue };
                merge_members(into, members);
            }
            remove_at(obj, from);
        }
    }

    /// The elements of a mapped list that are no record (a list, a text, a number, `null`:
    /// `jj: [["李四"]]` where the map reads `jj[].js`), each taken out with the engine's list it
    /// goes to and its place there. They are put there as they are, so that the engine refuses
    /// each at its path; read as records, they had been empty ones (helper-75: an incomplete
    /// handover, CASE-1). Lists at the top of the record, mapped to lists at the top.
    fn take_misplaced<'a>(&'a self, obj: &mut Members<'a>) -> Vec<(&'a str, usize, Node<'a>)> {
        let mut misplaced = Vec::new();
        for (portal, engine) in &self.fields {
            let (Some(head), Some(list)) = (portal.first(), engine.first()) else {
                continue;
            };
            let listed = |p: &[String]| p.get(1).is_some_and(|s| s == "[]") && p.len() > 2;
            if !listed(portal) || !listed(engine) {
                continue;
            }
            // Once per list: the list's other mappings find the element taken (helper-76: a
            // second mapping had put `null` in its place, and the error named no list).
            if misplaced.iter().any(|(l, _, _)| *l == list.as_str()) {
                continue;
            }
            if let Some(Node::Array(items)) = obj.get_mut(head) {
                for (i, item) in items.iter_mut().enumerate() {
                    if !matches!(item, Node::Object(_)) {
                        misplaced.push((list.as_str(), i, std::mem::replace(item, Node::Null)));
                    }
                }
            }
        }
        misplaced
    }

    /// A record's JSON text in the engine's names, with the members that mean absent removed (a
    /// placeholder, or a none-word under a time key): the text the record types are read from.
    ///
    /// # Errors
    ///
    /// `serde_json`'s error for a text that is no JSON.
    pub fn map_text(&self, text: &str) -> Result<String, Error> {
        self.map_tree(text, true).map(|(mapped, _)| mapped)
    }

    /// [`FieldMap::map_text`], with the record's tree as mapped (its people are read from it).
    ///
    /// # Errors
    ///
    /// `invalid_argument` at the key where the text is no JSON, or (when `checked`) at a key
    /// that is one of the portal's names written otherwise. A record's id and the names it
    /// gives are read unchecked: a refused record keeps its id, and its names are masked.
    pub(crate) fn map_tree<'a>(
        &'a self,
        text: &'a str,
        checked: bool,
    ) -> Result<(String, Node<'a>), Error> {
        let tree = Node::read(text)
            .map_err(|e| crate::json_path::read_error(&e, text, "", ErrorCode::InvalidArgument))?;
        if let (true, Node::Object(members)) = (checked, &tree) {
            if let Some((path, kind)) = self.misshapen_record(members) {
                return Err(Error::new(ErrorCode::InvalidArgument, &path)
                    .detail(format!("invalid type: {kind}, expected an object")));
            }
        }
        let mut written_otherwise = None;
        let mut record = self.apply(tree, &mut written_otherwise);
        if let Some((key, name)) = written_otherwise.filter(|_| checked) {
            return Err(Error::new(ErrorCode::InvalidArgument, &key)
                .detail(crate::json_objects::written_otherwise(&key, name)));
        }
        strip_absent(&mut record);
        Ok((record.to_json(text.len() + 64), record))
    }

    /// A path in the engine's names, given back in the portal's, for findings and errors:
    /// `supplementRequests[1].items` → `bzgz[1].cl`. The longest mapped prefix wins.
    pub fn portal_path(&self, engine_path: &str) -> String {
        let (segments, indices) = segments_of(engine_path);
        let mut best: Option<(usize, String)> = None;
        for (portal, engine) in &self.fields {
            let n = engine.len();
            let hit = n <= segments.len() && engine.iter().zip(&segments).all(|(a, b)| a == b);
            if hit && best.as_ref().is_none_or(|(len, _)| n > *len) {
                let mut idx = indices.iter();
                let mut out = String::new();
                for seg in portal.iter().chain(&segments[n..]) {
                    if seg == "[]" {
                        out.push_str(&format!("[{}]", idx.next().copied().unwrap_or(0)));
                    } else {
                        out = join_path(&out, seg);
                    }
                }
                best = Some((n, out));
            }
        }
        best.map(|(_, p)| p)
            .or_else(|| self.portal_list_path(&segments, &indices))
            .or_else(|| self.portal_element_path(&segments, &indices))
            .or_else(|| self.portal_record_path(&segments))
            .unwrap_or_else(|| engine_path.to_string())
    }

    /// A path at or under a mapped record, at a field the map does not name (`applicant`,
    /// `applicant.IdNumber` for `sqr.xm` → `applicant.name` are `sqr`, `sqr.IdNumber`): the
    /// record in the portal's names, the rest in the engine's (helper-79, helper-81); at any
    /// depth of the portal's record (`sq.sqr.IdNumber` for `sq.sqr.xm`: helper-84).
    fn portal_record_path(&self, segments: &[String]) -> Option<String> {
        let (first, rest) = segments.split_first()?;
        self.fields.iter().find_map(|(portal, engine)| {
            let (record, to) = record_pair(portal, engine)?;
            (to == first).then(|| {
                (record.iter().chain(rest)).fold(String::new(), |path, seg| join_path(&path, seg))
            })
        })
    }

    /// A path under an element of a mapped list, at a field the map does not name
    /// (`pauses[0].notifiedAt` for `zt[].ks` → `pauses[].from` is `zt[0].notifiedAt`): the
    /// element in the portal's names, the rest in the engine's (helper-75: such findings had
    /// named the engine's list alone).
    fn portal_element_path(&self, segments: &[String], indices: &[usize]) -> Option<String> {
        (1..segments.len()).rev().find_map(|k| {
            if segments[k - 1] != "[]" {
                return None;
            }
            let lists = segments[..k].iter().filter(|s| *s == "[]").count();
            let mut out = self.portal_list_path(&segments[..k], &indices[..lists])?;
            let mut idx = indices[lists..].iter();
            for seg in &segments[k..] {
                match seg.as_str() {
                    "[]" => out.push_str(&format!("[{}]", idx.next().copied().unwrap_or(0))),
                    _ => out = join_path(&out, seg),
                }
            }
            Some(out)
        })
    }

    /// The portal's path of an engine list whose elements the map moves, or of one of its
    /// elements (`pauses` for `zt[].ks` → `pauses[].from` is `zt`, `pauses[1]` is `zt[1]`):
    /// where a list given as no list, or an element given as no record, is refused.
    fn portal_list_path(&self, segments: &[String], indices: &[usize]) -> Option<String> {
        let lists = segments.iter().filter(|s| *s == "[]").count();
        let element = segments.last().is_some_and(|s| s == "[]");
        self.fields.iter().find_map(|(portal, engine)| {
            let head = engine.get(..segments.len())?;
            let next_is_list = engine.get(segments.len()).is_some_and(|s| s == "[]");
            if head != segments || !(element || next_is_list) {
                return None;
            }
            // The portal's segments to its list of the same rank: before it for the list,
            // through it for an element.
            let at = match element {
                true => lists - 1,
                false => lists,
            };
            let end = (portal.iter().enumerate())
                .filter(|(_, s)| *s == "[]")
                .nth(at)?
                .0
                + usize::from(element);
            let mut idx = indices.iter();
            let mut out = String::new();
            for seg in &portal[..end] {
                match seg.as_str() {
                    "[]" => out.push_str(&format!("[{}]", idx.next().copied().unwrap_or(0))),
                    _ => out = join_path(&out, seg),
                }
            }
            Some(out)
        })
    }
}

/// `a[3].b` → (`["a", "[]", "b"]`, `[3]`).
fn segments_of(path: &str) -> (Vec<String>, Vec<usize>) {
    let (mut segments, mut indices) = (Vec::new(), Vec::new());
    for part in path.split('.') {
        let mut rest = part;
        if let Some(open) = rest.find('[') {
            if open > 0 {
                segments.push(rest[..open].to_string());
            }
            rest = &rest[open..];
            while let Some(close) = rest.find(']') {
                indices.push(rest[1..close].parse().unwrap_or(0));
                segments.push("[]".to_string());
                rest = &rest[close + 1..];
                if !rest.starts_with('[') {
                    break;
                }
            }
        } else if !rest.is_empty() {
            segments.push(rest.to_string());
        }
    }
    (segments, indices)
}

/// The portal's record a mapped field is read from and the engine's record at the top it goes
/// to (`sq.sqr` and `applicant` of `sq.sqr.xm` → `applicant.name`; `sqr` and `applicant` of
/// `sqr.xm`), when the field lies in a record on both sides and in no list.
fn record_pair<'f>(portal: &'f [String], engine: &'f [String]) -> Option<(&'f [String], &'f str)> {
    let (record, [to, _]) = (&portal[..portal.len() - 1], engine) else {
        return None;
    };
    let plain = !record.is_empty() && !record.iter().any(|s| s == "[]") && to != "[]";
    plain.then_some((record, to.as_str()))
}

/// The value at `path` (records' keys) in `obj`.
fn node_at<'m, 'a>(obj: &'m mut Members<'a>, path: &[String]) -> Option<&'m mut Node<'a>> {
    let (last, records) = path.split_last()?;
    let mut at = obj;
    for key in records {
        match at.get_mut(key) {
            Some(Node::Object(inner)) => at = inner,
            _ => return None,
        }
    }
    at.get_mut(last)
}

/// Removes the value at `path` (records' keys) from `obj`.
fn remove_at(obj: &mut Members, path: &[String]) {
    let Some((last, records)) = path.split_last() else {
        return;
    };
    match records.is_empty() {
        true => {
            obj.remove(last);
        }
        false => {
            if let Some(Node::Object(parent)) = node_at(obj, records) {
                parent.remove(last);
            }
        }
    }
}

/// `members` (of an engine record or list element given beside the portal's) put into `into`
/// (the portal's, mapped): a member `into` lacks, or holds empty, is added; one it holds with
/// another value is given twice, and refused; the same value twice is one.
fn merge_members<'a>(into: &mut Members<'a>, members: Members<'a>) {
    for (k, v) in members {
        match into.get_mut(&k) {
            None => into.insert(k, v),
            // An empty portal field hides no value the engine's name gives, as at the top
            // (`FieldMap::apply`).
            Some(given) if absent_under(&k, given) => *given = v,
            Some(given) if *given != v && !absent_under(&k, &v) => into.insert_again(k, v),
            Some(_) => {}
        }
    }
}

fn take<'a>(obj: &mut Members<'a>, path: &[String]) -> Option<Node<'a>> {
    match path {
        [] => None,
        [last] => obj.remove(last),
        [head, rest @ ..] if rest.first().is_some_and(|r| r == "[]") => {
            let tail = &rest[1..];
            if tail.is_empty() {
                return obj.remove(head);
            }
            match obj.get_mut(head) {
                Some(Node::Array(items)) => Some(Node::Array(
                    items
                        .iter_mut()
                        .map(|item| match item {
                            Node::Object(o) => take(o, tail).unwrap_or(Node::Null),
                            _ => Node::Null,
                        })
                        .collect(),
                )),
                None | Some(Node::Null) => None,
                // Not a list where the map says one stands (`zt: {ks: …}` for `zt[].ks`): moved
                // as it is, so that the engine refuses it at its path, where it had been left
                // behind unread (helper-74: a pause given so stopped nothing, with no finding).
                Some(_) => obj.remove(head),
            }
        }
        [head, rest @ ..] => match obj.get_mut(head) {
            Some(Node::Object(inner)) => take(inner, rest),
            // Not a record where the map says one stands: see `FieldMap::take_misshapen`.
            _ => None,
        },
    }
}

/// Two values of one field given nested and flat that are one: equal, or texts that differ
/// only by spaces, marks, width or letter case (` 欧阳娜娜 `, `…002x`, `110105-19491231-002X`,
/// `+86 13800138000`: helper-104, helper-105).
fn same_value(a: &Node, b: &Node) -> bool {
    match (a, b) {
        (Node::Str(a), Node::Str(b)) => {
            // Letters and digits alone, so a number written with dashes or +86 is one too
            // (110105-19491231-002X, +86 13800138000: helper-105).
            let key = |t: &str| -> String {
                let t = crate::text::loose_key(t).to_ascii_lowercase();
                // (ASCII marks alone: `loose_key` has read full width as ASCII already.)
                let t: String = t.chars().filter(|c| !c.is_ascii_punctuation()).collect();
                match t.strip_prefix("0086").or_else(|| t.strip_prefix("86")) {
                    Some(rest) if rest.len() == 11 && rest.starts_with('1') => rest.to_string(),
                    _ => t,
                }
            };
            key(a) == key(b)
        }
        _ => a == b,
    }
}

/// A nested portal field given flat, under its dotted name (`"sqr.zjhm"`), outside lists.
fn take_flat<'a>(obj: &mut Members<'a>, path: &[String]) -> Option<Node<'a>> {
    if path.len() < 2 || path.iter().any(|s| s == "[]") {
        return None;
    }
    obj.remove(&path.join("."))
}

fn put<'a>(obj: &mut Members<'a>, path: &'a [String], value: Node<'a>) {
    let key = |k: &'a String| Cow::Borrowed(k.as_str());
    match path {
        [] => {}
        [last] => obj.insert(key(last), value),
        [head, rest @ ..] if rest.first().is_some_and(|r| r == "[]") => {
            let tail = &rest[1..];
            let values = match value {
                Node::Array(values) => values,
                // A value that is no list (see `take`) stands where the list goes.
                other => return obj.insert(key(head), other),
            };
            if tail.is_empty() {
                obj.insert(key(head), Node::Array(values));
                return;
            }
            let slot = obj.entry(key(head), || Node::Array(vec![]));
            if let Node::Array(items) = slot {
                for (i, v) in values.into_iter().enumerate() {
                    if items.len() <= i {
                        items.push(Node::Object(Members::default()));
                    }
                    if let (Some(Node::Object(item)), false) = (items.get_mut(i), v == Node::Null) {
                        put(item, tail, v);
                    }
                }
            }
        }
        [head, rest @ ..] => {
            let slot = obj.entry(key(head), || Node::Object(Members::default()));
            if let Node::Object(inner) = slot {
                put(inner, rest, value);
            }
        }
    }
}

fn translate<'a>(value: &mut Node<'a>, path: &[String], table: &'a ValueTable) {
    use crate::text::TrimSpaces;
    match (path, value) {
        ([], v) => {
            let key = match &*v {
                Node::Str(s) => Some(s.trim_spaces()),
                Node::Number(n) => Some(n.as_ref()),
                _ => None,
            };
            if let Some(mapped) = key.and_then(|k| table.get(k)) {
                *v = match mapped {
                    // The table's text, lent: the map outlives the record.
                    Some(m) => Node::Str(Cow::Borrowed(m)),
                    None => Node::Null,
                };
            }
        }
        ([seg, rest @ ..], Node::Array(items)) if seg == "[]" => {
            for item in items {
                translate(item, rest, table);
            }
        }
        ([seg, rest @ ..], Node::Object(obj)) => {
            if let Some(inner) = obj.get_mut(seg) {
                translate(inner, rest, table);
            }
        }
        _ => {}
    }
}

/// Along `path` in `obj` (the records of a portal path on the way to its field, at `at`): the
/// first given as no record, with its path and what it is. Through a list, each element that
/// is a record (`zt[].yy.mc`: helper-83, a pause's reason given as `yy: "补正材料"` had been
/// dropped, and the case was red); a list given as no list, or an element as no record, is
/// read and refused as such where the map moves it (`take`, `FieldMap::take_misplaced`).
fn misshapen_on(obj: &Members, path: &[String], at: &str) -> Option<(String, String)> {
    let (key, rest) = path.split_first()?;
    // Most records lack the portal record, or give it well: the path is made only on the way.
    let value = obj.get(key)?;
    let here = join_path(at, key);
    if rest.first().is_some_and(|s| s == "[]") {
        let (Node::Array(items), [_, rest @ ..]) = (value, rest) else {
            return None;
        };
        return items.iter().enumerate().find_map(|(i, item)| match item {
            Node::Object(inner) if !rest.is_empty() => {
                misshapen_on(inner, rest, &format!("{here}[{i}]"))
            }
            _ => None,
        });
    }
    match value {
        Node::Object(inner) => misshapen_on(inner, rest, &here),
        v if absent_under(key, v) => None,
        v => Some((here, node_kind(v))),
    }
}

/// A tree value's kind as the parser says it in a type error, without the text it holds (a
/// text where a record stands is most often a name: `json_path::read_error`).
fn node_kind(value: &Node) -> String {
    match value {
        Node::Null => "null".to_string(),
        Node::Bool(b) => format!("boolean `{b}`"),
        Node::Number(n) if n.contains(['.', 'e', 'E']) => format!("floating point `{n}`"),
        Node::Number(n) => format!("integer `{n}`"),
        Node::Str(_) => "string".to_string(),
        Node::Array(_) => "sequence".to_string(),
        Node::Object(_) => "map".to_string(),
    }
}

/// A JSON value's kind as the parser says it in a type error (`integer `5``, `sequence`).
fn json_kind(value: &Value) -> String {
    match value {
        Value::Null => "null".to_string(),
        Value::Bool(b) => format!("boolean `{b}`"),
        Value::Number(n) if n.is_f64() => format!("floating point `{n}`"),
        Value::Number(n) => format!("integer `{n}`"),
        Value::String(s) => format!("string {s:?}"),
        Value::Array(_) => "sequence".to_string(),
        Value::Object(_) => "map".to_string(),
    }
}

/// What a portal writes in a cell that has no value: nothing (or only spaces), or a dash or
/// slash placeholder. As the value of a record's field it means the field is absent.
const PLACEHOLDERS: &[&str] = &[
    "-",
    "--",
    "—",
    "——",
    "―",
    "――",
    "–",
    "－",
    "‐",
    "‒",
    "﹣",
    "─",
    "━",
    "~",
    "~~",
    "〜",
    "〜〜",
    "～",
    "～～",
    "---",
    "———",
    "－－",
    "‑",
    "/",
    "／",
    "\\",
    "·",
];
/// Words that mean "none" in a time or limit field (a key ending in `At`, `from`, `to`,
/// `limit`): there they are absent too. Elsewhere 无 may be an answer (a rights notice).
const NONE_WORDS: &[&str] = &[
    "无",
    "無",
    "暂无",
    "暫無",
    "没有",
    "空",
    "空白",
    "null",
    "none",
    "n/a",
    "nil",
    "undefined",
];

/// Whether `text` is a placeholder or a word for none, wherever it is written: an id that says
/// so names nothing (CON-5: `暂无` as a case id is no case).
pub fn says_none_anywhere(text: &str) -> bool {
    crate::input::says_none(text, PLACEHOLDERS) || crate::input::says_none(text, NONE_WORDS)
}

fn says_absent(key: &str, text: &str) -> bool {
    if !may_start_absent(text) {
        return false;
    }
    let timed = key.ends_with("At") || matches!(key, "from" | "to" | "limit");
    crate::input::says_none(text, PLACEHOLDERS)
        || (timed && crate::input::says_none(text, NONE_WORDS))
}

/// A whole mapped value (not an array of them) that means absent under the engine's name.
fn is_absent(engine: &[String], v: &Node) -> bool {
    absent_under(engine.last().map_or("", String::as_str), v)
}

/// Whether `v`, the value of `key`, means absent ([`is_absent`] of a path that ends in `key`).
fn absent_under(key: &str, v: &Node) -> bool {
    match v {
        Node::Null => true,
        Node::Str(s) => key != "[]" && says_absent(key, s),
        _ => false,
    }
}

/// Removes every object member whose value is `null` or a text that means absent
/// (`PLACEHOLDERS`, `NONE_WORDS`), at any depth: an empty optional field is the same as a
/// missing one, and an empty required field is reported as missing.
///
/// A field given twice with two values, one of which the value map read as none (`bjsj:
/// "未办结"` beside `concludedAt: <date>`), stays given twice and is refused: the record says
/// both, and only one may hold (helper-80: the case had read as concluded).
fn strip_absent(value: &mut Node) {
    match value {
        Node::Object(obj) => {
            obj.fill_given_twice(absent_under);
            obj.retain(|(k, v)| match v {
                Node::Null => false,
                Node::Str(s) => !says_absent(k, s),
                _ => true,
            });
            obj.values_mut().for_each(strip_absent);
        }
        Node::Array(items) => items.iter_mut().for_each(strip_absent),
        _ => {}
    }
}

/// False when `text` cannot say absent by its first byte: an ASCII character that begins no
/// placeholder or none-word and is neither space nor bracket (`p` of `promised`, `2` of a
/// time). Most of a record's values are rejected so, without the full check.
fn may_start_absent(text: &str) -> bool {
    match text.as_bytes().first() {
        Some(&b) if b.is_ascii() => {
            matches!(
                b.to_ascii_lowercase(),
                b'-' | b'/' | b'\\' | b'n' | b'u' | b'(' | b')' | b'[' | b']' | b'"' | b'\'' | b'~'
            ) || b.is_ascii_whitespace()
        }
        // A Chinese character begins none but 无, 暂无, 空, 没有 (and traditional forms), and is neither space, bracket nor
        // mark: names and most texts of a Chinese record.
        Some(_) => !text.chars().next().is_some_and(|c| {
            ('\u{4E00}'..='\u{9FFF}').contains(&c)
                && !matches!(c, '无' | '無' | '暂' | '暫' | '空' | '没')
        }),
        None => true,
    }
}

/// True when a record's JSON text may hold a member the field map removes as absent: a quick
/// scan of its short string values, so that records without one are read straight from the text.
pub fn may_hold_absent(text: &str) -> bool {
    let b = text.as_bytes();
    let mut i = 0;
    let mut after_colon = false;
    while i < b.len() {
        match b[i] {
            b'"' => {
                let start = i + 1;
                let mut j = start;
                let mut escaped = false;
                // To the closing quote, skipping escapes: a record's texts are mostly plain.
                loop {
                    let rest = b.get(j..).unwrap_or_default();
                    match rest.iter().position(|&c| c == b'"' || c == b'\\') {
                        Some(k) if rest[k] == b'"' => {
                            j += k;
                            break;
                        }
                        Some(k) => {
                            escaped = true;
                            j += k + 2;
                        }
                        None => {
                            j = b.len();
                            break;
                        }
                    }
                }
                if after_colon {
                    let content = text.get(start..j.min(b.len())).unwrap_or("");
                    // Most values are rejected by their first byte (`p` of `promised`). The
                    // rest get the full check on the very text it reads: no length cap, as
                    // padding and brackets may be any length (fuzz: `[[[…[   /`). An escaped
                    // text (\t, \u002f) is unescaped first; one that will not read is left
                    // to the full pass.
                    if escaped {
                        let quoted = text.get(start - 1..(j + 1).min(b.len())).unwrap_or("");
                        match serde_json::from_str::<String>(quoted) {
                            Ok(s) if !says_absent("At", &s) => {}
                            _ => return true,
                        }
                    } else if says_absent("At", content) {
                        return true;
                    }
                }
                after_colon = false;
                i = j + 1;
            }
            b':' => {
                after_colon = true;
                i += 1;
            }
            b' ' | b'\t' | b'\n' | b'\r' => i += 1,
            _ => {
                after_colon = false;
                i += 1;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The quick first-byte check never rejects a text the full check would read as absent.
    #[test]
    fn the_first_byte_check_rejects_no_absent_text() {
        let mut texts: Vec<String> = vec![String::new(), " ".into(), "\u{200B}".into()];
        for w in PLACEHOLDERS.iter().chain(NONE_WORDS) {
            for (open, close) in [("", ""), (" ", " "), ("(", ")"), ("（", "）"), ("[", "]")] {
                texts.push(format!("{open}{w}{close}"));
                texts.push(format!("{open}{}{close}", w.to_uppercase()));
            }
        }
        for t in &texts {
            assert!(says_absent("At", t), "{t:?} says absent");
            assert!(may_start_absent(t), "{t:?} passes the first-byte check");
        }
        for t in [
            "promised",
            "2026-03-02T09:00",
            "S0123",
            "1767225600000",
            "Z",
            "王芳",
            "补正材料",
        ] {
            assert!(!may_start_absent(t), "{t}");
        }
        for t in ["无", "暂无", "\u{3000}无", "（无）", "【暂无】"] {
            assert!(may_start_absent(t) && says_absent("At", t), "{t}");
        }
    }

    // proptest is a native dev-dependency: the wasm32 test builds leave this out.
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// The first-character check changes no answer: any text of marks, brackets, dashes,
        /// Chinese characters (无 and 暂 among them) and letters says absent exactly when the
        /// full check says so.
        #[test]
        fn the_first_character_check_changes_no_answer(
            text in "[ \u{3000}\u{200B}\u{FEFF}()（）【】〔〕《》「」‘’'“”\"\\[\\]\\-—―─~〜/／·。无暂空白王芳一龥nonel]{0,6}"
        ) {
            for key in ["At", "name"] {
                let timed = key == "At";
                let full = crate::input::says_none(&text, PLACEHOLDERS)
                    || (timed && crate::input::says_none(&text, NONE_WORDS));
                proptest::prop_assert_eq!(says_absent(key, &text), full, "{:?}", text);
            }
        }
    }

    /// The quick scan finds a blank or placeholder value however long its padding (fuzz:
    /// `{"a":"` and 25 spaces was blank to the full pass and missed by the scan).
    #[test]
    fn the_scan_finds_a_padded_placeholder() {
        for pad in [25, 200] {
            let spaces = " ".repeat(pad);
            assert!(may_hold_absent(&format!(r#"{{"a":"{spaces}"}}"#)));
            assert!(may_hold_absent(&format!(
                r#"{{"a":"{spaces}暂无{spaces}"}}"#
            )));
        }
        assert!(!may_hold_absent(r#"{"a":"promised"}"#));
        // Brackets and padding of any length (fuzz), and escapes, read as the full pass reads.
        let brackets = "[".repeat(16);
        assert!(may_hold_absent(&format!(
            r#"{{"a":"     {brackets}                / "}}"#
        )));
        assert!(may_hold_absent(r#"{"a":"\u002f"}"#));
        assert!(may_hold_absent(r#"{"a":"\t[  \u0020 -  ]"}"#));
        assert!(!may_hold_absent(r#"{"a":"\u0070romised"}"#));
    }

    /// The strip as it was done on a `serde_json::Value` before the tree: the oracle.
    fn strip_value(value: &mut Value) {
        match value {
            Value::Object(obj) => {
                obj.retain(|k, v| match v {
                    Value::Null => false,
                    Value::String(s) => !says_absent(k, s),
                    _ => true,
                });
                obj.values_mut().for_each(strip_value);
            }
            Value::Array(items) => items.iter_mut().for_each(strip_value),
            _ => {}
        }
    }

    /// Random records of the shapes portals send (escapes, repeated keys, placeholders under
    /// time keys, numbers of every form): the tree writes what `serde_json` writes for the same
    /// value, stripped the same way.
    #[test]
    fn the_tree_maps_as_the_value_did() {
        let keys = [
            "a",
            "at",
            "receivedAt",
            "b",
            "\\u0061",
            "limit",
            "名",
            "from",
            "",
        ];
        let scalars = [
            "null",
            "true",
            "false",
            "0",
            "-7",
            "12345",
            "1.5",
            "-0",
            "1e3",
            "123456789012345678",
            "\"x\"",
            "\"-\"",
            "\"暂无\"",
            "\" \"",
            "\"\"",
            "\"（无）\"",
            "\"a\\\"b\"",
            "\"\\u002f\"",
            "\"\\t\"",
            "\"2026-03-02\"",
            "\"none\"",
        ];
        let mut seed: u64 = 7;
        let mut next = |n: usize| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((seed >> 33) as usize) % n
        };
        fn value(
            next: &mut dyn FnMut(usize) -> usize,
            keys: &[&str],
            scalars: &[&str],
            depth: usize,
        ) -> String {
            match if depth > 3 { 0 } else { next(4) } {
                0 | 1 => scalars[next(scalars.len())].to_string(),
                2 => {
                    let items: Vec<String> = (0..next(4))
                        .map(|_| value(next, keys, scalars, depth + 1))
                        .collect();
                    format!("[{}]", items.join(","))
                }
                _ => {
                    let members: Vec<String> = (0..next(5))
                        .map(|_| {
                            format!(
                                "\"{}\" : {}",
                                keys[next(keys.len())],
                                value(next, keys, scalars, depth + 1)
                            )
                        })
                        .collect();
                    format!("{{ {} }}", members.join(" ,"))
                }
            }
        }
        let map = FieldMap::default();
        for _ in 0..4000 {
            let text = value(&mut next, &keys, &scalars, 0);
            let mut v: Value = serde_json::from_str(&text).expect(&text);
            assert_eq!(
                Node::read(&text).unwrap().to_json(0),
                serde_json::to_string(&v).unwrap(),
                "{text}"
            );
            strip_value(&mut v);
            assert_eq!(
                map.map_text(&text).unwrap(),
                serde_json::to_string(&v).unwrap(),
                "{text}"
            );
        }
    }
}
