//! The docs of operations and their setters, from a tiny spec.

use crate::surface::Surface;
use crate::testing::api;

const SPEC: &str = "paths:
  /things:
    get:
      operationId: listThings
      summary: List things.
      description: Every thing, newest first.
      parameters:
        - name: limit
          in: query
          description: How many.
          schema: {type: integer, default: 10}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: array
                items: {type: string}
  /things/{id}:
    delete:
      operationId: deleteThing
      summary: Delete a thing.
      description: Delete a thing.
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        '204': {description: done}
    get:
      operationId: getThing
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        '204': {description: done}
";

#[test]
fn a_method_shows_the_summary_then_the_description_once_each() {
    let api = api(SPEC);
    let surface = Surface::new(&api, "crate");
    let docs: Vec<&str> = surface
        .operations
        .iter()
        .map(|op| op.method_doc.as_str())
        .collect();
    assert_eq!(
        docs,
        [
            "List things.\n\nEvery thing, newest first.\n\n`GET /things`: see [`builders::ListThings`].",
            // Without a summary or a description, the request alone; the
            // IR lists a path's operations get, put, post, delete, …
            "`GET /things/{id}`: see [`builders::GetThing`].",
            // The same text as summary and description is said once.
            "Delete a thing.\n\n`DELETE /things/{id}`: see [`builders::DeleteThing`].",
        ]
    );
    assert_eq!(
        surface.operations[0].builder_doc,
        "`GET /things`\n\nList things.\n\nEvery thing, newest first."
    );
}

#[test]
fn a_setter_says_what_it_sets_then_the_parameter_description_and_default() {
    let api = api(SPEC);
    let surface = Surface::new(&api, "crate");
    let setter = &surface.operations[0].setters[0];
    assert_eq!(setter.name.as_code(), "limit");
    assert_eq!(
        setter.doc,
        "Sets the `limit` query parameter.\n\nHow many.\n\nDefault: `10`."
    );
}
