"""Nu HTML checker errors that Material's own templates produce, allowed on every page.

Each entry: (a piece of the message, a piece of the markup it points at), and why it is there. Fixing
them would mean copying whole Material templates into overrides/, to drift from every Material release.
test_built_html.py fails when an entry no longer matches anything, so the list only shrinks.
"""

ALLOWED = [
    # base.html: the drawer and search toggles are checkboxes with autocomplete="off", so that Firefox
    # does not restore them half-open on Back. The attribute is only valid on text-like inputs.
    ("Attribute 'autocomplete' is only allowed when the input type is", '<input class="md-toggle" data-md-toggle='),
    # partials/search.html: the search box turns off Safari's autocorrection with its non-standard attribute.
    ("Attribute 'autocorrect' not allowed on element 'input'", '<input type="text" class="md-search__input"'),
    # partials/toc.html: the table of contents' title is a label for the "__toc" checkbox, which Material
    # renders only inside the nav entry of the current page; pages outside the nav (articles, people,
    # topics) have no such entry, so the label points at nothing.
    (
        "The value of the 'for' attribute of the 'label' element must be the ID of a non-hidden form control",
        '<label class="md-nav__title" for="__toc">',
    ),
]
