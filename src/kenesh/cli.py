"""The `kenesh` command line.

Exit codes: 0 ok, 1 validation failed (SHACL), 2 usage or input error. Every expected failure is one line on stderr,
`kenesh: <what went wrong>`; tracebacks are reserved for bugs.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kenesh.errors import InputError, KeneshError

_FORMATS_HELP = "ttl, trig, nq, nt, jsonld, xml"


def _store_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--store", metavar="DIR", help="store folder (default: $KENESH_STORE or ./kenesh-data)")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kenesh",
        description="Kenesh: reports of civic dialogue -> records -> RDF knowledge graph -> SHACL / SPARQL.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    p = sub.add_parser("build", help="load reports and record files (or folders of them) into the store")
    p.add_argument("inputs", nargs="+", metavar="INPUT")
    _store_arg(p)
    p.add_argument("--base", help="IRI base for instances (default https://w3id.org/kenesh/id/ or $KENESH_BASE)")
    p.add_argument("--no-validate", action="store_true", help="skip the per-document SHACL check")
    p.add_argument("--jobs", type=int, default=1, metavar="N", help="worker processes for reading and extraction")

    p = sub.add_parser("remove", help="remove documents' graphs from the store (by source file name)")
    p.add_argument("sources", nargs="+", metavar="SOURCE", help="the file name a document was loaded from")
    _store_arg(p)

    p = sub.add_parser("extract", help="print one record per document as JSON Lines")
    p.add_argument("inputs", nargs="+", metavar="INPUT")

    p = sub.add_parser("validate", help="check the store (or an RDF/record FILE) against the SHACL shapes")
    p.add_argument("file", nargs="?", metavar="FILE", help="RDF file (ttl, trig, nq, nt, jsonld, xml) or record file")
    _store_arg(p)
    p.add_argument("--format", choices=["text", "ttl", "json"], default="text")

    p = sub.add_parser("query", help="run a named query (queries/NAME.rq) or a .rq file")
    p.add_argument("name", metavar="NAME|FILE.rq")
    _store_arg(p)
    p.add_argument("--endpoint", metavar="URL", help="SPARQL 1.1 endpoint to query instead of the store")
    p.add_argument("--param", action="append", default=[], metavar="KEY=VALUE", help="bind a query parameter")
    p.add_argument("--format", choices=["table", "csv", "tsv", "json"], default="table")

    sub.add_parser("queries", help="list the named queries and their parameters")

    p = sub.add_parser("export", help=f"serialise the store ({_FORMATS_HELP})")
    _store_arg(p)
    p.add_argument("--format", required=True, choices=["ttl", "trig", "nq", "nt", "jsonld", "xml"])
    p.add_argument("-o", "--output", metavar="FILE", help="write here (atomically) instead of stdout")
    p.add_argument("--with-ontology", action="store_true",
                   help="include the reference graphs (ontology, organisation authority file, gazetteer)")

    p = sub.add_parser("stats", help="counts per class, language and source")
    _store_arg(p)
    p.add_argument("--format", choices=["table", "json"], default="table")

    p = sub.add_parser("explain", help="which mentions were merged into a person or event, and why")
    p.add_argument("target", metavar="IRI|NAME")
    _store_arg(p)

    from kenesh.recur import cli as recur_cli

    recur_cli.add_parser(sub)

    p = sub.add_parser("eval", help="score extraction against gold records (precision, recall, F1)")
    p.add_argument("gold_dir", metavar="GOLD_DIR")
    p.add_argument("input_dir", metavar="INPUT_DIR")
    p.add_argument("--format", choices=["table", "json"], default="table")
    return parser


def _params(pairs: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise InputError(f"--param wants KEY=VALUE, got {pair!r}")
        out[key.strip()] = value
    return out


def cmd_build(args: argparse.Namespace) -> int:
    from kenesh.build import build
    from kenesh.store import open_store

    with open_store(args.store) as store:
        report = build(args.inputs, store, validate=not args.no_validate, base=args.base, jobs=max(1, args.jobs))
    print(f"kenesh: {len(report.loaded)} document(s) stored in {args.store or 'the store'}"
          + (f", {len(report.failed)} skipped" if report.failed else "")
          + (f", {len(report.invalid)} not conforming to the shapes" if report.invalid else ""), file=sys.stderr)
    return report.exit_code


def cmd_remove(args: argparse.Namespace) -> int:
    from kenesh.build import derive_graphs
    from kenesh.iri import Minter
    from kenesh.store import open_store

    mint = Minter()
    with open_store(args.store, read_only=False) as store:
        present = set(store.graphs())
        missing = [s for s in args.sources if str(mint.source(s)) not in present]
        if missing:
            raise InputError(f"not in the store: {', '.join(missing)} (give the file name the document was loaded from)")
        for source in args.sources:
            store.remove_graph(str(mint.source(source)))
        derive_graphs(store)  # identity and recurrence must forget what only these documents said
    print(f"kenesh: removed {len(args.sources)} document(s)", file=sys.stderr)
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    from kenesh.build import REPORT_SUFFIXES, iter_inputs
    from kenesh.extract import extract_file

    code = 0
    for path in iter_inputs(args.inputs):
        if path.suffix.lower() not in REPORT_SUFFIXES and not path.is_dir():
            print(f"kenesh: skipped {path}: not a report ({', '.join(sorted(REPORT_SUFFIXES))})", file=sys.stderr)
            code = 2
            continue
        try:
            record = extract_file(path)
        except InputError as exc:
            print(f"kenesh: skipped {exc}", file=sys.stderr)
            code = 2
            continue
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    return code


def cmd_validate(args: argparse.Namespace) -> int:
    from kenesh.validate import validate

    if args.file:
        data = _load_for_validation(Path(args.file))
    else:
        from kenesh.store import open_store

        with open_store(args.store, read_only=True) as store:
            data = store.to_dataset()
    report = validate(data)
    out = {"text": report.to_text, "ttl": report.to_turtle, "json": report.to_json}[args.format]()
    if out:
        print(out)
    if args.format == "text":
        print("conforms" if report.conforms else f"does not conform: {len(report.results)} violation(s)",
              file=sys.stderr)
    return 0 if report.conforms else 1


def _load_for_validation(path: Path):  # noqa: ANN202 - rdflib Graph or Dataset
    from rdflib import Dataset

    from kenesh.records import RECORD_SUFFIXES, read_records
    from kenesh.to_rdf import record_to_graph

    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.suffix.lower() in RECORD_SUFFIXES:
        ds = Dataset()
        for record in read_records(path):
            g = record_to_graph(record)
            for triple in g:
                ds.add((*triple, g.identifier))
        return ds
    fmt = {".ttl": "turtle", ".trig": "trig", ".nq": "nquads", ".nt": "nt", ".jsonld": "json-ld",
           ".json-ld": "json-ld", ".rdf": "xml", ".xml": "xml", ".owl": "xml"}.get(path.suffix.lower())
    if fmt is None:
        raise InputError(f"{path}: unknown RDF format {path.suffix} (ttl, trig, nq, nt, jsonld, xml, or a record .json)")
    ds = Dataset()
    try:
        ds.parse(path, format=fmt)
    except Exception as exc:  # rdflib raises many parser-specific types
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise InputError(f"{path}: malformed {fmt}: {first}") from None
    return ds


def cmd_query(args: argparse.Namespace) -> int:
    from kenesh.query import load_query, run_query

    query = load_query(args.name)
    sparql = query.bind(_params(args.param))
    if args.endpoint:
        result = run_query(sparql, endpoint=args.endpoint)
    else:
        from kenesh.store import open_store

        with open_store(args.store, read_only=True) as store:
            result = run_query(sparql, store=store)
    print(result.format(args.format))
    return 0


def cmd_queries(args: argparse.Namespace) -> int:
    from kenesh.query import list_queries

    for q in list_queries():
        print(f"{q.name}: {q.description}")
        for p in q.params:
            print(f"    --param {p.name}=…  ({'required' if p.required else 'optional'}) {p.help}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from kenesh.export import export
    from kenesh.store import open_store

    with open_store(args.store, read_only=True) as store:
        export(store, args.format, args.output, include_ontology=args.with_ontology)
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from kenesh.stats import stats
    from kenesh.store import open_store

    with open_store(args.store, read_only=True) as store:
        result = stats(store)
    if args.format == "json":
        print(json.dumps({k: v.rows for k, v in result.items()}, ensure_ascii=False, indent=1))
    else:
        print("\n\n".join(f"{title}\n{res.format('table')}" for title, res in result.items()))
    return 0


def cmd_explain(args: argparse.Namespace) -> int:
    from kenesh.identity.explain import explain
    from kenesh.store import open_store

    with open_store(args.store, read_only=True) as store:
        print(explain(store, args.target))
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from kenesh.evaluate import evaluate, format_report

    for d in (args.gold_dir, args.input_dir):
        if not Path(d).is_dir():
            raise InputError(f"{d}: not a folder")
    print(format_report(evaluate(args.gold_dir, args.input_dir), args.format))
    return 0


COMMANDS = {"build": cmd_build, "remove": cmd_remove, "extract": cmd_extract, "validate": cmd_validate, "query": cmd_query,
            "queries": cmd_queries, "export": cmd_export, "stats": cmd_stats, "explain": cmd_explain, "eval": cmd_eval}


def cmd_proposals(args: argparse.Namespace) -> int:
    from kenesh.recur import cli as recur_cli

    return recur_cli.run(args)


COMMANDS["proposals"] = cmd_proposals


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except KeneshError as exc:
        print(f"kenesh: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("kenesh: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
