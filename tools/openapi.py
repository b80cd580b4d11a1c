#!/usr/bin/env python3
"""Writes functions/Inventory.Api/openapi.json from the route table below. Run it after changing a route; the
OpenApiDocumentTests check that the document and the mapped routes agree."""
import json, pathlib

def ref(name): return {"$ref": f"#/components/schemas/{name}"}
def arr(item): return {"type": "array", "items": item}
S, I, N, B = {"type": "string"}, {"type": "integer"}, {"type": "number"}, {"type": "boolean"}
DT = {"type": "string", "format": "date-time"}
D = {"type": "string", "format": "date"}
def obj(props, required=()):
    o = {"type": "object", "properties": props}
    if required: o["required"] = list(required)
    return o

quantities = obj({k: I for k in ["onHand", "committed", "unavailable", "incoming", "inTransit", "available"]})
schemas = {
    "Problem": obj({"type": S, "title": S, "status": I, "detail": S,
                    "errors": {"type": "object", "additionalProperties": arr(S)},
                    "state": S, "current": I, "requested": I}),
    "Quantities": quantities,
    "LocationStock": obj({"location": S, "onHand": I, "committed": I, "unavailable": I, "incoming": I, "inTransit": I,
                          "available": I, "inventoryPosition": I, "inventoryValue": N, "version": I, "updatedAt": DT}),
    "Stock": obj({"sku": S, "locations": arr(ref("LocationStock")), "totals": ref("Quantities")}),
    "LedgerEntry": obj({"movementId": S, "kind": S, "sku": S, "location": S, "deltas": ref("Quantities"),
                        "quantitiesAfter": ref("Quantities"), "stockVersion": I, "quantity": I, "reason": S,
                        "reference": S, "source": obj({"channel": S, "externalId": S}), "occurredAt": DT,
                        "recordedAt": DT, "costOfGoods": N, "unitCost": N, "valueDelta": N, "oversoldUnits": I,
                        "fingerprint": S}),
    "LedgerPage": obj({"sku": S, "entries": arr(ref("LedgerEntry")), "continuation": S}),
    "MovementResult": obj({"movementId": S, "status": {"type": "string", "enum": ["applied", "duplicate"]},
                           "kind": S, "sku": S, "location": S, "quantities": ref("Quantities"), "version": I,
                           "oversold": I}),
    "DocumentResult": obj({"document": {"type": "object"}, "movements": arr(ref("MovementResult"))}),
    "Adjustment": obj({"sku": S, "location": S, "delta": I, "reason": S, "unitCost": N},
                      ["sku", "location", "delta", "reason"]),
    "Count": obj({"sku": S, "location": S, "countedQuantity": I, "reason": S}, ["sku", "location", "countedQuantity"]),
    "Transfer": obj({"id": S, "sku": S, "fromLocation": S, "toLocation": S, "quantity": I},
                    ["sku", "fromLocation", "toLocation", "quantity"]),
    "TransferReceipt": obj({"receiptId": S, "quantity": I}),
    "PurchaseOrder": obj({"id": S, "supplier": S, "lines": arr(obj(
        {"sku": S, "location": S, "quantity": I, "unitCost": N, "eta": D},
        ["sku", "location", "quantity", "unitCost"]))}, ["lines"]),
    "PurchaseOrderReceipt": obj({"receiptId": S, "lines": arr(obj({"line": I, "quantity": I}, ["line", "quantity"]))},
                                ["lines"]),
    "Listing": obj({"sku": S}, ["sku"]),
    "ListingMapping": obj({"channel": S, "externalId": S, "sku": S, "updatedAt": DT}),
    "UnmappedLine": obj({"id": S, "channel": S, "externalId": S, "externalSku": S, "topic": S, "quantity": I,
                         "reference": S, "receivedAt": DT, "location": S, "occurredAt": DT,
                         "steps": arr(obj({"id": S, "kind": S, "quantity": I})), "replayedSku": S,
                         "replayedAt": DT, "isReplayable": B}),
    "UnmappedReplay": obj({"replayed": arr(obj({"id": S, "sku": S, "movements": I})), "stillUnmapped": arr(S),
                           "notReplayable": arr(S)}),
    "OversellIncident": obj({"movementId": S, "sku": S, "location": S, "channel": S, "shortfall": I,
                             "availableBefore": I, "availableAfter": I, "kind": S, "occurredAt": DT, "recordedAt": DT,
                             "cause": {"type": "string",
                                       "enum": ["unknown", "syncLag", "drift", "bufferTooSmall"]}}),
    "WebhookAccepted": obj({"status": {"type": "string", "enum": ["accepted", "ignored"]}, "topic": S,
                            "movements": I, "unmapped": I, "detail": S}),
}

def json_body(schema): return {"required": True, "content": {"application/json": {"schema": ref(schema)}}}
def ok(schema, code="200", text="OK"): return {code: {"description": text, "content": {"application/json": {"schema": ref(schema)}}}}
def problem(code, text): return {code: {"description": text, "content": {"application/problem+json": {"schema": ref("Problem")}}}}
def path_param(name): return {"name": name, "in": "path", "required": True, "schema": S}
def query(name, schema, text): return {"name": name, "in": "query", "required": False, "schema": schema, "description": text}
idem = {"name": "Idempotency-Key", "in": "header", "required": False, "schema": S,
        "description": "A replay with the same key returns the first response (header Idempotent-Replayed: true)."}
invalid, notfound = problem("400", "The request is not valid"), problem("404", "Not found")
shortage, toolarge = problem("422", "Not enough stock, or Idempotency-Key reused with another body"), problem("413", "Body too large")

def post(summary, body, result, code="200", extra=None, params=()):
    responses = {**ok(result, code), **invalid, **toolarge, **shortage, **(extra or {})}
    return {"summary": summary, "parameters": [idem, *params], "requestBody": json_body(body), "responses": responses}

paths = {
    "/api/health": {"get": {"summary": "Liveness probe", "responses": {"200": {"description": "The host is up"}}}},
    "/api/health/inbox": {"get": {"summary": "Local host only: messages waiting in the embedded inbox, and dead letters",
                                  "responses": ok("InboxHealth")}},
    "/api/health/bare": {"post": {"summary": "Local host only: reads a body under the webhook size limit and answers 200 "
                                             "doing nothing else (the HTTP floor the webhook load test compares with)",
                                  "requestBody": {"content": {"application/json": {"schema": {"type": "object"}}}},
                                  "responses": {"200": {"description": "The body was read"},
                                                "413": {"description": "The body is larger than the webhook limit"}}}},
    "/api/openapi.json": {"get": {"summary": "This document", "responses": {"200": {"description": "OpenAPI 3"}}}},
    "/api/webhooks/{channel}": {
        "parameters": [path_param("channel")],
        "post": {"summary": "A marketplace delivery, verified on its raw bytes and durably queued before 200",
                 "requestBody": {"required": True, "content": {"application/json": {"schema": {"type": "object"}}}},
                 "responses": {**ok("WebhookAccepted"), **invalid, **problem("401", "Signature did not match"),
                               **notfound, **toolarge, **problem("503", "A channel API needed for the delivery is down")}},
        "get": {"summary": "Endpoint challenge (eBay)", "parameters": [query("challenge_code", S, "eBay's challenge")],
                "responses": {"200": {"description": "challengeResponse"}, **problem("405", "The channel has no challenge"),
                              **notfound}},
    },
    "/api/stock/{sku}": {"parameters": [path_param("sku")],
        "get": {"summary": "Every location of a SKU, with totals", "responses": {**ok("Stock"), **notfound}}},
    "/api/stock/{sku}/ledger": {"parameters": [path_param("sku")],
        "get": {"summary": "The SKU's ledger, newest first",
                "parameters": [query("pageSize", I, "1 to 1000, default 50"), query("continuation", S, "from the previous page")],
                "responses": {**ok("LedgerPage"), **invalid}}},
    "/api/stock/{sku}/channels": {"parameters": [path_param("sku")],
        "get": {"summary": "Each listing's target with its rule breakdown, and what it was last told",
                "responses": {**ok("ChannelStock"), **notfound}}},
    "/api/stock/adjustments": {"post": post("Change on hand by a signed delta", "Adjustment", "MovementResult")},
    "/api/stock/counts": {"post": post("Set on hand to a counted quantity", "Count", "MovementResult")},
    "/api/transfers": {"post": post("Ship a transfer between locations", "Transfer", "DocumentResult", "201")},
    "/api/transfers/{id}/receipt": {"post": post("Receive (part of) a transfer", "TransferReceipt", "DocumentResult",
                                                 extra=notfound, params=[path_param("id")])},
    "/api/purchase-orders": {"post": post("Place a purchase order", "PurchaseOrder", "DocumentResult", "201")},
    "/api/purchase-orders/{id}/receipts": {"post": post("Receive some or all lines", "PurchaseOrderReceipt",
                                                        "DocumentResult", extra=notfound, params=[path_param("id")])},
    "/api/channels/{channel}/listings/{externalId}": {"parameters": [path_param("channel"), path_param("externalId")],
        "put": {"summary": "Map a channel listing to a SKU", "requestBody": json_body("Listing"),
                "responses": {**ok("ListingMapping"), **invalid}}},
    "/api/channels/{channel}/rules": {"parameters": [path_param("channel")],
        "get": {"summary": "The channel's allocation and buffer rules (defaults until stored); ETag header",
                "responses": {**ok("ChannelRules"), **notfound}},
        "put": {"summary": "Replace the rules of the channel's listings",
                "parameters": [{"name": "If-Match", "in": "header", "required": False, "schema": S}],
                "requestBody": json_body("ChannelRulesRequest"),
                "responses": {**ok("ChannelRules"), **invalid, **notfound,
                              **problem("412", "The rules changed since the ETag sent")}}},
    "/api/catalog/skus/{sku}": {"parameters": [path_param("sku")],
        "get": {"summary": "What planning knows of a SKU", "responses": {**ok("CatalogItem"), **notfound}},
        "put": {"summary": "Create or replace a catalog item", "requestBody": json_body("CatalogItemRequest"),
                "responses": {**ok("CatalogItem"), **invalid, **toolarge}}},
    "/api/unmapped": {"get": {"summary": "Lines that matched no SKU, newest first",
                              "parameters": [query("limit", I, "1 to 1000, default 100")],
                              "responses": ok("UnmappedLineList")}},
    "/api/unmapped/replay": {"post": {
        "summary": "Queue the movements of kept lines whose listing is mapped now, oldest first; safe to repeat",
        "parameters": [idem, query("limit", I, "the newest 1 to 1000 kept lines are read, default 100")],
        "responses": {**ok("UnmappedReplay"), **toolarge}}},
    "/api/oversells": {"get": {"summary": "Oversell incidents, newest first",
                               "parameters": [query("since", DT, "default 30 days ago"), query("sku", S, "one SKU"),
                                              query("limit", I, "1 to 1000, default 100")],
                               "responses": {**ok("OversellList"), **invalid}}},
}
override = obj({"feedingLocations": arr(S), "bufferPercent": I, "fixedReserve": I, "maxListed": I,
                 "removeMaxListed": B, "minimumToList": I, "priority": I, "lagAware": B, "lagPercentile": I})
listing_rules = obj({"listing": S, "feedingLocations": arr(S), "bufferPercent": I, "fixedReserve": I,
                     "maxListed": I, "minimumToList": I, "priority": I, "lagAware": B, "lagPercentile": I,
                     "classOverrides": {"type": "object", "additionalProperties": override},
                     "skuOverrides": {"type": "object", "additionalProperties": override}}, ["listing"])
schemas["ListingRules"] = listing_rules
schemas["ChannelRulesRequest"] = obj({"listings": arr(ref("ListingRules"))}, ["listings"])
schemas["ChannelRules"] = obj({"channel": S, "eTag": S, "isDefault": B,
                               "allocationMode": {"type": "string", "enum": ["priority", "proportionalToRecentSales"]},
                               "scarcity": obj({"coverDays": N, "minimumUnits": I}),
                               "channelHeldLocations": arr(S), "listings": arr(ref("ListingRules"))})
schemas["ChannelStock"] = obj({"sku": S, "listings": arr(obj({
    "listing": S, "channel": S, "target": I, "pushed": B, "rule": S, "feedingLocations": arr(S),
    "feedingAvailable": I, "bufferHeld": I, "reserveHeld": I, "lagBufferHeld": I, "capApplied": B,
    "zeroedByMinimum": B, "scarce": B, "allocationShare": I, "lastPublished": I, "publishedVersion": I,
    "publishedAt": DT, "lagMilliseconds": N, "pending": I, "lastError": S, "driftCount": I}))})
catalog_fields = {"title": S, "unitCost": N, "price": N, "supplier": S, "leadTimeDays": N,
                  "leadTimeStdDevDays": N, "minimumOrderQuantity": I, "casePack": I}
schemas["CatalogItemRequest"] = obj(catalog_fields)
schemas["CatalogItem"] = obj({"sku": S, **catalog_fields})
schemas["InboxHealth"] = obj({"pending": I, "deadLetters": I})
schemas["UnmappedLineList"] = obj({"lines": arr(ref("UnmappedLine"))})
schemas["OversellList"] = obj({"incidents": arr(ref("OversellIncident"))})

doc = {"openapi": "3.0.3",
       "info": {"title": "Inventory.Functions", "version": "1.0.0",
                "description": "Multi-channel inventory: marketplace webhooks in, stock ledger, operations API. "
                               "JSON is camelCase; errors are RFC 7807 problem bodies."},
       "paths": paths, "components": {"schemas": schemas}}
out = pathlib.Path(__file__).resolve().parent.parent / "functions/Inventory.Api/openapi.json"
out.write_text(json.dumps(doc, indent=2) + "\n")
print(f"wrote {out}")
