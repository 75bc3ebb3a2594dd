"""The web face of the graph: SPARQL endpoint, dereferenceable IRIs, HTML pages, dumps."""
