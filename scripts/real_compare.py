#!/usr/bin/env python3
"""Scores a database that holds the real reports against tests/gold/real.

usage: real_compare.py DB [GOLD_DIR] [--show N]
Per document (matched by source file stem):
  facts: the rule of facts_compare.py (table_type, classification, code, item_name NFKC without whitespace,
         measure, amount_wan to 0.01) over the table types the document's gold covers; a v_fact row of another
         type is not scored, so a table wrongly typed as a gold type counts as spurious;
  types: tables/<stem>.csv (first_page, title, table_type) against v_table by first page (when that gold exists);
  meta:  region, region_code, department, fiscal_year, phase against documents.csv;
  checks: the number of failed checks.
"""
import collections, csv, os, sqlite3, sys, unicodedata
from decimal import Decimal, InvalidOperation

def norm(s):
    return "".join(unicodedata.normalize("NFKC", s or "").split())

def amount(v):
    try:
        return Decimal(str(v)).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError):
        return None

def key(r):
    return (r["table_type"], r["classification"] or "", r["code"] or "", norm(r["item_name"]), r["measure"], amount(r["amount_wan"]))

def main():
    args = sys.argv[1:]
    show = int(args[args.index("--show") + 1]) if "--show" in args else 0
    pos = [a for a in args if not a.startswith("--") and not (a.isdigit() and show)]
    db = pos[0]
    gold_dir = pos[1] if len(pos) > 1 else os.path.join(os.path.dirname(__file__), "..", "tests", "gold", "real")
    con = sqlite3.connect(db)
    con.row_factory = sqlite3.Row
    docs = {os.path.splitext(os.path.basename(r["source"]))[0]: dict(r) for r in con.execute("select * from v_document")}
    meta_gold = {r["document"]: r for r in csv.DictReader(open(os.path.join(gold_dir, "documents.csv"), encoding="utf-8"))}
    tot = collections.Counter()
    print(f"{'document':45} {'recall':>7} {'prec':>7} {'gold':>5} {'pred':>5} {'types':>7} {'meta':>5} {'failed':>6}")
    for stem in sorted(meta_gold):
        doc = docs.get(stem)
        if doc is None:
            print(f"{stem:45} not in the database"); tot["missing"] += 1; continue
        did = doc["document_id"]
        gold_path = os.path.join(gold_dir, "facts", f"facts-{stem}.csv")
        gold = collections.Counter(key(r) for r in csv.DictReader(open(gold_path, encoding="utf-8")))
        types = {k[0] for k in gold}
        rows = [dict(r) for r in con.execute(
            "select table_type, classification, code, item_name, measure, amount_wan from v_fact where document_id = ?", (did,))]
        pred = collections.Counter(key(r) for r in rows if r["table_type"] in types)
        matched = sum((gold & pred).values()); g = sum(gold.values()); n = sum(pred.values())
        tot["matched"] += matched; tot["gold"] += g; tot["pred"] += n
        types_txt = "-"
        tpath = os.path.join(gold_dir, "tables", f"{stem}.csv")
        if os.path.exists(tpath):
            tg = list(csv.DictReader(open(tpath, encoding="utf-8")))
            tp = [dict(r) for r in con.execute("select first_page, table_type, title from v_table where document_id = ?", (did,))]
            by_page = collections.defaultdict(list)
            for t in tp: by_page[t["first_page"]].append(t)
            right = 0
            for t in tg:
                cands = by_page.get(int(t["first_page"]), [])
                if any(c["table_type"] == t["table_type"] for c in cands): right += 1
                elif show: print(f"   type: p{t['first_page']} {t['title']} gold {t['table_type']} got {[c['table_type'] for c in cands]}")
            extra = max(0, len(tp) - len(tg))
            tot["types_right"] += right; tot["types_gold"] += len(tg); tot["types_extra"] += extra
            types_txt = f"{right}/{len(tg)}" + (f"+{extra}" if extra else "")
        mg = meta_gold[stem]
        meta_ok = all(str(doc[k] or "") == mg[k] for k in ("region", "region_code", "department", "fiscal_year", "phase"))
        if not meta_ok and show:
            print("   meta:", {k: (doc[k], mg[k]) for k in ("region", "region_code", "department", "fiscal_year", "phase") if str(doc[k] or "") != mg[k]})
        tot["meta_ok"] += meta_ok
        failed = con.execute("select count(*) from check_result where document_id = ? and passed = 0", (did,)).fetchone()[0] \
            if con.execute("select 1 from sqlite_master where name = 'check_result'").fetchone() else -1
        tot["failed"] += max(failed, 0)
        r = matched / g if g else 1.0; p = matched / n if n else (1.0 if not g else 0.0)
        print(f"{stem:45} {r:7.4f} {p:7.4f} {g:5} {n:5} {types_txt:>7} {'ok' if meta_ok else 'WRONG':>5} {failed:6}")
        if show:
            for k in list((gold - pred).elements())[:show]: print("   missed  ", k)
            for k in list((pred - gold).elements())[:show]: print("   spurious", k)
    r = tot["matched"] / tot["gold"] if tot["gold"] else 0; p = tot["matched"] / tot["pred"] if tot["pred"] else 0
    types = f"{tot['types_right']}/{tot['types_gold']}" if tot["types_gold"] else "-"
    print(f"{'ALL':45} {r:7.4f} {p:7.4f} {tot['gold']:5} {tot['pred']:5} {types:>7} {tot['meta_ok']:>2}/{len(meta_gold)} {tot['failed']:6}")

if __name__ == "__main__":
    main()
