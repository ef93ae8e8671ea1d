"""The OpenAPI schema: well formed, every API route in it, and the offline /docs page."""

from __future__ import annotations

import jsonschema
import pytest

from .htmlcheck import dangers

API_PATHS = {
    "/api/overview",
    "/api/documents",
    "/api/documents/{key}",
    "/api/events",
    "/api/statements",
    "/api/quantities",
    "/api/clusters/{cluster}",
    "/api/stories",
    "/api/stories/{story}/compare",
    "/api/escalation",
    "/api/disputes",
    "/api/search",
    "/api/network",
    "/api/map",
    "/api/review",
    "/api/review/gold/{key}.json",
    "/api/review/gold.zip",
}

# the parts of the OpenAPI 3.1 structure we rely on (openapi-spec-validator is not a dependency)
OPERATION = {
    "type": "object",
    "required": ["responses"],
    "properties": {
        "summary": {"type": "string"},
        "parameters": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["name", "in", "schema"],
                "properties": {"in": {"enum": ["query", "path", "header", "cookie"]}},
            },
        },
        "responses": {"type": "object", "minProperties": 1},
    },
}
SCHEMA = {
    "type": "object",
    "required": ["openapi", "info", "paths"],
    "properties": {
        "openapi": {"type": "string", "pattern": r"^3\.1\.\d+$"},
        "info": {"type": "object", "required": ["title", "version"]},
        "paths": {
            "type": "object",
            "additionalProperties": {
                "type": "object",
                "propertyNames": {"enum": ["get", "post", "put", "patch", "delete"]},
                "additionalProperties": OPERATION,
            },
        },
    },
}


@pytest.fixture
def schema(client):
    return client.get("/openapi.json").json()


def test_schema_is_well_formed(schema):
    jsonschema.validate(schema, SCHEMA)
    assert schema["info"]["title"] == "flashpoint"


def test_every_api_route_is_documented_and_pages_are_not(schema):
    assert set(schema["paths"]) == API_PATHS
    assert "post" in schema["paths"]["/api/review"] and "get" in schema["paths"]["/api/review"]


def test_every_reference_resolves(schema):
    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "$ref":
                    assert value.startswith("#/components/schemas/")
                    assert value.rsplit("/", 1)[1] in schema["components"]["schemas"], value
                else:
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(schema["paths"])


def test_path_parameters_match_templates(schema):
    for path, methods in schema["paths"].items():
        for op in methods.values():
            declared = {p["name"] for p in op.get("parameters", []) if p["in"] == "path"}
            wanted = {
                part[1:-1].split(":")[0]
                for part in path.replace(".", "/").split("/")
                if part.startswith("{")
            }
            assert declared == wanted, path


def test_docs_page_lists_endpoints_offline(client):
    response = client.get("/docs")
    assert response.status_code == 200
    html = response.text
    for path in API_PATHS:
        assert path in html
    assert dangers(html) == []
    assert "swagger" not in html.lower() and "redoc" not in html.lower()
    assert client.get("/redoc").status_code == 404
