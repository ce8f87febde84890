window.EXPLAINER_SEARCH={"documents":62,"wordShards":1,"documentShards":1,"split":[]};
