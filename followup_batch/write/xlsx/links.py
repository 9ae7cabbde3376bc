"""Links in the tracker sheet: each ``Draft subject`` cell of a message in the outbox links to
the ``mailto:`` that starts it (the same link as the Drafts sheet's Compose cell).

A worksheet's links are ``<hyperlink ref=... r:id=...>`` elements whose targets are external
relationships of the sheet. The tool's are those in its own column: replaced whole on every
run, their relationships with them; a user's links elsewhere stay as they are.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from followup_batch.read.package import PACKAGE_REL_NS, REL_NS
from followup_batch.write.xlsx.scan import Block
from followup_batch.write.xlsx.xmlbytes import (
    XML_DECLARATION,
    Document,
    Node,
    attribute,
    children,
    escape_attribute,
    parse_range,
    prefix_for,
    split_document,
)

HYPERLINK_REL = REL_NS + "/hyperlink"
_REL_ID = re.compile(rb"\s[\w.-]+:id\s*=\s*[\"']([^\"']*)[\"']")


def link_relationships(targets: list[str]) -> bytes:
    """A sheet's relationships part for its external links (``rId1``... in order)."""
    body = "".join(
        f'<Relationship Id="rId{i + 1}" Type="{HYPERLINK_REL}" '
        f'Target="{escape_attribute(target)}" TargetMode="External"/>'
        for i, target in enumerate(targets)
    )
    return (
        XML_DECLARATION + f'<Relationships xmlns="{PACKAGE_REL_NS}">{body}</Relationships>'.encode()
    )


def link_subjects(
    skeleton: Document, rels: bytes | None, block: Block, links: Mapping[int, str]
) -> bytes | None:
    """Replace the tool's links in the Draft subject column by ``links`` (Excel row -> URL);
    returns the sheet's relationships part as it must be (``rels`` when unchanged)."""
    column = block.columns["draft_subject"]
    node = skeleton.first("hyperlinks")
    dropped: set[str] = set()
    kept: list[Node] = []
    inner = children(node) if node is not None else None
    for item in inner.nodes if inner is not None else []:
        tag = item.start_tag  # a match of the element's bytes: once, not twice
        bounds = parse_range(attribute(tag, "ref") or "") if item.name else None
        if bounds and bounds[0] == bounds[2] == column and block.first_row <= bounds[1]:
            found = _REL_ID.search(tag)
            if found:
                dropped.add(found.group(1).decode())
            continue
        kept.append(item)
    if node is None and not links:
        return rels
    rels_doc = split_document(rels or _empty_rels())
    if dropped:
        rels_doc.nodes = [
            n
            for n in rels_doc.nodes
            if not (n.name == "Relationship" and attribute(n.start_tag, "Id") in dropped)
        ]
    taken = {attribute(n.start_tag, "Id") for n in rels_doc.nodes if n.name == "Relationship"}
    r = prefix_for(skeleton.root_tag, REL_NS)
    rel_attr = f"{r}id" if r else f'xmlns:r="{REL_NS}" r:id'
    p, q = skeleton.prefix, rels_doc.prefix
    number = 0
    added: list[bytes] = []
    relationships: list[str] = []
    letter = block.letter("draft_subject")
    for row, target in sorted(links.items()):
        number += 1
        while f"rId{number}" in taken:
            number += 1
        rel_id = f"rId{number}"
        relationships.append(
            f'<{q}Relationship Id="{rel_id}" Type="{HYPERLINK_REL}" '
            f'Target="{escape_attribute(target)}" TargetMode="External"/>'
        )
        added.append(f'<{p}hyperlink ref="{letter}{row}" {rel_attr}="{rel_id}"/>'.encode())
    if relationships:  # one node for them all: appending them one by one is quadratic
        rels_doc.append(Node("Relationship", "".join(relationships).encode()))
    if inner is not None and node is not None:
        inner.nodes = kept
        if added:
            inner.append(Node("hyperlink", b"".join(added)))
        if any(n.name for n in inner.nodes):
            node.data = inner.join()
        else:
            skeleton.remove(node)
    elif added:
        skeleton.insert(skeleton.element("hyperlinks", b"".join(added).decode()))
    if rels is None and not any(n.name for n in rels_doc.nodes):
        return None
    return rels_doc.join()


def _empty_rels() -> bytes:
    return XML_DECLARATION + f'<Relationships xmlns="{PACKAGE_REL_NS}"></Relationships>'.encode()
