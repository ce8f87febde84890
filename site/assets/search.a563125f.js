/* Client-side search over the sharded index the build writes beside the search page (SearchIndex in the
   generator; "Search" in docs/performance.md). search/index.js, the manifest, sets window.EXPLAINER_SEARCH;
   each shard, search/words-N.js or search/docs-N.js, is a script that calls
   window.EXPLAINER_SEARCH_SHARD(name, data). A query loads the word shards its words need, then the
   document shards of the results it shows, by adding <script> elements: they load from disk and under a
   strict Content-Security-Policy, where fetch() does not.
   Progressive enhancement: without JavaScript the search page lists the entries: their first page,
   newest first, with a link to the next (EntriesPage, 50 to a page). What it says of the results is in
   the page's language, on the status line: data-none, data-failed, and one data-<category> per plural
   category of the language (data-one, data-few, data-many, data-other), {count} and {query} standing
   for the number and the words searched.
   Under Node (bench/search.sh) the file exports its functions instead of running. */
(function () {
  "use strict";
  var PAGE = 20;
  var DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
  var VALUES = [];
  for (var v = 0; v < DIGITS.length; v++) { VALUES[DIGITS.charCodeAt(v)] = v; }

  /* The words of a query, folded and split as SearchText folds and splits the words of the index. */
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/ς/g, "σ");
  }
  function words(text) {
    return fold(text).split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w.length > 0; });
  }

  /* The stem of a folded word, as WordForms makes it in the generator, step for step: a word of a-z loses
     a final s (not of -ss, -us, -is), then -eed becomes -ee, or -ing or -ed goes where a vowel stays (the
     e put back after -at, -bl, -iz or a short syllable, else a doubled consonant but l, s, z undoubled),
     then a final e but after a short syllable, and a final y is written i; a word of Cyrillic letters
     is one of SHORT_ROOTS, or loses -ся or -сь, then the fleeting о of -ок or е of -ець (FLEETING
     letters at least) or else the longest ending of UKRAINIAN_IA (not after н) or of UKRAINIAN it
     can, and its stem then has its alternations undone. A stem keeps at least SHORTEST letters; any
     other word is its own stem. */
  var SHORTEST = 3;
  var UKRAINIAN = ["ього", "ьому",
    "ами", "ями", "ові", "еві", "єві", "ого", "ому", "ими", "іми", "ьоі", "уть", "ють",
    "ам", "ям", "ах", "ях", "ом", "ем", "єм", "ою", "ею", "єю", "ів", "еи", "ии", "іи", "ім", "им", "их", "іх", "оі", "ую", "юю",
    "а", "я", "о", "е", "є", "у", "ю", "і", "и", "ь"];
  var UKRAINIAN_IA = ["ієві", "іють", "іями", "ієм", "ією", "іям", "іях", "іів", "ія", "іі", "ію", "іє"];
  var FLEETING = 6;
  var SHORT_ROOTS = { "рік": "рок", "році": "рок", "бік": "бок", "боці": "бок" };
  function cut(w, letters) {
    return w.length - letters >= SHORTEST ? w.slice(0, w.length - letters) : w;
  }
  function consonant(w, i) {
    var c = w.charAt(i);
    if ("aeiou".indexOf(c) >= 0) { return false; }
    return c !== "y" || i === 0 || !consonant(w, i - 1);
  }
  function measure(w, end) {
    var m = 0, i;
    for (i = 1; i < end; i++) {
      if (consonant(w, i) && !consonant(w, i - 1)) { m++; }
    }
    return m;
  }
  function hasVowel(w, end) {
    var i;
    for (i = 0; i < end; i++) {
      if (!consonant(w, i)) { return true; }
    }
    return false;
  }
  function shortSyllable(w, end) {
    return end >= 3 && consonant(w, end - 3) && !consonant(w, end - 2) && consonant(w, end - 1) && "wxy".indexOf(w.charAt(end - 1)) < 0;
  }
  function withoutEnding(w) {
    var n = w.length;
    if (/(at|bl|iz)$/.test(w)) { return w + "e"; }
    if (n - 1 >= SHORTEST && w.charAt(n - 1) === w.charAt(n - 2) && consonant(w, n - 1) && "lsz".indexOf(w.charAt(n - 1)) < 0) {
      return w.slice(0, n - 1);
    }
    return measure(w, n) === 1 && shortSyllable(w, n) ? w + "e" : w;
  }
  function stem(word) {
    var w = word, i, m;
    if (/^[a-z]+$/.test(word)) {
      if (/s$/.test(w) && !/(ss|us|is)$/.test(w)) { w = cut(w, 1); }
      if (/eed$/.test(w)) {
        if (measure(w, w.length - 3) > 0) { w = w.slice(0, w.length - 1); }
      } else if (/ing$/.test(w) && w.length - 3 >= SHORTEST && hasVowel(w, w.length - 3)) {
        w = withoutEnding(w.slice(0, w.length - 3));
      } else if (/ed$/.test(w) && w.length - 2 >= SHORTEST && hasVowel(w, w.length - 2)) {
        w = withoutEnding(w.slice(0, w.length - 2));
      }
      if (/e$/.test(w) && w.length - 1 >= SHORTEST) {
        m = measure(w, w.length - 1);
        if (m > 1 || m === 1 && !shortSyllable(w, w.length - 1)) { w = w.slice(0, w.length - 1); }
      }
      if (/y$/.test(w) && w.length >= SHORTEST) { w = w.slice(0, w.length - 1) + "i"; }
      return w;
    }
    if (/^[а-яієґ]+$/.test(word)) {
      if (Object.prototype.hasOwnProperty.call(SHORT_ROOTS, word)) { return SHORT_ROOTS[word]; }
      if (/с[яь]$/.test(w)) { w = cut(w, 2); }
      m = /[^аеиіоуюяєь](ок|ець)$/.exec(w);
      if (m && w.length >= FLEETING) { return alternations(w.slice(0, m.index + 1) + (m[1] === "ок" ? "к" : "ц")); }
      for (i = 0; i < UKRAINIAN_IA.length; i++) {
        if (w.endsWith(UKRAINIAN_IA[i]) && w.length - UKRAINIAN_IA[i].length >= SHORTEST && w.charAt(w.length - UKRAINIAN_IA[i].length - 1) !== "н") {
          return alternations(w.slice(0, w.length - UKRAINIAN_IA[i].length));
        }
      }
      for (i = 0; i < UKRAINIAN.length; i++) {
        if (w.endsWith(UKRAINIAN[i]) && w.length - UKRAINIAN[i].length >= SHORTEST) {
          return alternations(w.slice(0, w.length - UKRAINIAN[i].length));
        }
      }
      return alternations(w);
    }
    return word;
  }

  /* A Ukrainian stem with its alternations undone, as WordForms.alternations: a final doubled consonant
     undoubled and a final к or г written ц or з (stems of 6 letters at least), then і, о or є before a
     final consonant written і (4 at least). */
  function alternations(s) {
    var n = s.length;
    if (n >= 6 && s.charAt(n - 1) === s.charAt(n - 2) && ukrainianConsonant(s.charAt(n - 1))) { s = s.slice(0, n - 1); n--; }
    if (n >= 6 && (s.charAt(n - 1) === "к" || s.charAt(n - 1) === "г")) { s = s.slice(0, n - 1) + (s.charAt(n - 1) === "к" ? "ц" : "з"); }
    if (n >= 4 && ukrainianConsonant(s.charAt(n - 1)) && "іоє".indexOf(s.charAt(n - 2)) >= 0) { s = s.slice(0, n - 2) + "і" + s.charAt(n - 1); }
    return s;
  }
  function ukrainianConsonant(c) {
    return "аеиіоуюяєь".indexOf(c) < 0;
  }

  /* Calls fn with each document number of a posting list, in ascending order (Postings in the generator:
     "~" and 6 documents a digit, or the first number and each gap less one, 5 bits a digit, 32 added to
     every digit but a number's last). */
  function eachDoc(code, fn) {
    var i, value, bit;
    if (code.charAt(0) === "~") {
      for (i = 1; i < code.length; i++) {
        value = VALUES[code.charCodeAt(i)];
        for (bit = 0; bit < 6; bit++) {
          if (value & (1 << bit)) { fn((i - 1) * 6 + bit); }
        }
      }
      return;
    }
    var doc = -1, number = 0, shift = 0;
    for (i = 0; i < code.length; i++) {
      value = VALUES[code.charCodeAt(i)];
      number += (value & 31) * Math.pow(2, shift);
      if (value & 32) {
        shift += 5;
      } else {
        doc = doc < 0 ? number : doc + 1 + number;
        fn(doc);
        number = 0;
        shift = 0;
      }
    }
  }

  /* The key of a word: its shortest prefix, by code point, that is not split; the word when all are. */
  function keyOf(word, split) {
    var points = Array.from(word), prefix = "";
    for (var i = 0; i < points.length; i++) {
      prefix += points[i];
      if (!split.has(prefix)) { return prefix; }
    }
    return word;
  }

  /* The word shard of a key: 32-bit FNV-1a over UTF-16 code units, unsigned, modulo the shards. */
  function shardOf(key, shards) {
    var hash = 0x811c9dc5;
    for (var i = 0; i < key.length; i++) {
      hash ^= key.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    return (hash >>> 0) % shards;
  }

  /* Loads every shard of names (each once) with load(name, callback(error, data)); then
     done(error, data by name). */
  function loadAll(load, names, done) {
    var wanted = names.filter(function (name, i) { return names.indexOf(name) === i; });
    var got = {}, left = wanted.length, failed = false;
    if (left === 0) { done(null, got); return; }
    wanted.forEach(function (name) {
      load(name, function (error, data) {
        if (failed) { return; }
        if (error) { failed = true; done(error); return; }
        got[name] = data;
        left -= 1;
        if (left === 0) { done(null, got); }
      });
    });
  }

  /* The points each document scores for one query word: 6 for a word of the title of the query word's
     stem (a form of it, the word itself included), 4 for a title word beginning with the query word, 2 and
     1 for such words of the text; 0 for none. The words beginning with it are in its word shard
     (prefixShard), or a split prefix's digest there lists each document by the better of the two; the
     words of its stem are in the stem's word shard (formShard), or, when a split scattered them, a
     "forms" entry there lists the documents that have one. */
  function points(term, prefixShard, formShard, documents, split) {
    var best = new Uint8Array(documents), root = stem(term), forms = null;
    function raise(code, score) {
      eachDoc(code, function (doc) { if (best[doc] < score) { best[doc] = score; } });
    }
    if (split.has(term)) {
      prefixShard.prefixes.forEach(function (p) {
        if (p[0] === term) { raise(p[1], 4); raise(p[2], 1); }
      });
    } else {
      prefixShard.words.forEach(function (w) {
        if (w[0].startsWith(term)) { raise(w[1], 4); raise(w[2], 1); }
      });
    }
    formShard.forms.forEach(function (f) {
      if (f[0] === root) { forms = f; }
    });
    if (forms) {
      raise(forms[1], 6);
      raise(forms[2], 2);
    } else {
      formShard.words.forEach(function (w) {
        if (stem(w[0]) === root) { raise(w[1], 6); raise(w[2], 2); }
      });
    }
    return best;
  }

  /* The search data: the manifest, and load(name, callback(error, data)) that brings a shard. */
  function Index(manifest, load) {
    this.manifest = manifest;
    this.load = load;
    this.split = new Set(manifest.split);
  }

  /* The name of the word shard of a word or a stem (its key's). */
  Index.prototype.wordShard = function (term) {
    return "words-" + shardOf(keyOf(term, this.split), this.manifest.wordShards);
  };

  /* The names of the word shards that a query word needs: its own, and its stem's (mostly the same). */
  Index.prototype.wordShards = function (term) {
    return [this.wordShard(term), this.wordShard(stem(term))];
  };

  /* The name of the document shard that holds a document. */
  Index.prototype.docShard = function (doc) {
    return "docs-" + Math.floor(doc * this.manifest.documentShards / this.manifest.documents);
  };

  /* The documents that match every query word (a word beginning with it, or of its stem), best first, as
     done(error, [{doc, score}]): a document's score is the sum of its points for each word; equal scores
     keep document order. */
  Index.prototype.search = function (terms, done) {
    var self = this, documents = this.manifest.documents;
    var names = [].concat.apply([], terms.map(function (t) { return self.wordShards(t); }));
    loadAll(this.load, names, function (error, shards) {
      if (error) { done(error); return; }
      var score = new Int32Array(documents), hits = [], doc;
      terms.forEach(function (term) {
        var best = points(term, shards[self.wordShard(term)], shards[self.wordShard(stem(term))], documents, self.split);
        for (doc = 0; doc < documents; doc++) {
          if (score[doc] >= 0) { score[doc] = best[doc] === 0 ? -1 : score[doc] + best[doc]; }
        }
      });
      for (doc = 0; doc < documents; doc++) {
        if (score[doc] > 0) { hits.push({ doc: doc, score: score[doc] }); }
      }
      hits.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
      done(null, hits);
    });
  };

  /* What the documents numbered docs show (kind k, title t, URL u, excerpt x), in that order, as
     done(error, records). */
  Index.prototype.documents = function (docs, done) {
    var self = this;
    loadAll(this.load, docs.map(function (d) { return self.docShard(d); }), function (error, shards) {
      if (error) { done(error); return; }
      done(null, docs.map(function (d) {
        var shard = shards[self.docShard(d)];
        return shard.docs[d - shard.first];
      }));
    });
  };

  if (typeof module === "object" && module && module.exports) {
    module.exports = { PAGE: PAGE, fold: fold, words: words, stem: stem, eachDoc: eachDoc, keyOf: keyOf, shardOf: shardOf, Index: Index };
    return;
  }

  // ---- the search page ----------------------------------------------------------------------------
  var input = document.getElementById("search-input");
  var results = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var more = document.getElementById("search-more");
  var all = document.getElementById("search-all");
  if (!input || !results || !status) { return; }
  var plurals = window.Intl && Intl.PluralRules ? new Intl.PluralRules(document.documentElement.lang) : null;

  /* The shards are beside the manifest, whose script element the page has. */
  var manifestScript = document.querySelector("script[src$='index.js']");
  var base = manifestScript ? manifestScript.src.replace(/[^\/]*$/, "") : "";
  var loaded = {}, waiting = {};
  window.EXPLAINER_SEARCH_SHARD = function (name, data) {
    loaded[name] = data;
    var callbacks = waiting[name] || [];
    delete waiting[name];
    callbacks.forEach(function (callback) { callback(null, data); });
  };
  function load(name, callback) {
    if (Object.prototype.hasOwnProperty.call(loaded, name)) { callback(null, loaded[name]); return; }
    if (waiting[name]) { waiting[name].push(callback); return; }
    waiting[name] = [callback];
    var script = document.createElement("script");
    script.src = base + name + ".js";
    script.onerror = function () {
      var callbacks = waiting[name] || [];
      delete waiting[name];
      script.parentNode.removeChild(script);
      callbacks.forEach(function (c) { c(new Error("cannot load " + script.src)); });
    };
    document.head.appendChild(script);
  }
  var index = window.EXPLAINER_SEARCH ? new Index(window.EXPLAINER_SEARCH, load) : null;

  function says(count, query) {
    var text = count === 0 ? status.getAttribute("data-none")
      : status.getAttribute("data-" + (plurals ? plurals.select(count) : count === 1 ? "one" : "other")) || status.getAttribute("data-other");
    return (text || "").replace("{count}", String(count)).replace("{query}", function () { return query; });
  }

  /* The query shown (its number, results and how many are on the page); the one whose next page is loading. */
  var generation = 0, hits = [], shown = 0, query = "", pending = 0;

  function failed(mine) {
    if (mine !== generation) { return; }
    results.textContent = "";
    status.textContent = status.getAttribute("data-failed") || "";
    if (more) { more.hidden = true; }
  }

  function item(doc) {
    var li = document.createElement("li");
    var a = document.createElement("a");
    a.href = doc.u;
    a.textContent = doc.t;
    var kind = document.createElement("span");
    kind.className = "badge";
    kind.textContent = doc.k;
    var p = document.createElement("p");
    p.className = "meta";
    p.textContent = doc.x;
    li.appendChild(a);
    li.appendChild(document.createTextNode(" "));
    li.appendChild(kind);
    li.appendChild(p);
    return li;
  }

  /* Shows the next page of results; from the "more" button, focus goes to the first one it added. */
  function showMore(mine, focus) {
    if (pending === mine) { return; }
    pending = mine;
    var next = hits.slice(shown, shown + PAGE);
    index.documents(next.map(function (h) { return h.doc; }), function (error, docs) {
      if (pending === mine) { pending = 0; }
      if (mine !== generation) { return; }
      if (error) { failed(mine); return; }
      var first = null;
      docs.forEach(function (doc) {
        var li = item(doc);
        results.appendChild(li);
        first = first || li.firstChild;
      });
      shown += next.length;
      status.textContent = says(hits.length, query);
      if (more) { more.hidden = shown >= hits.length; }
      if (all) { all.hidden = true; }
      if (focus && first) { first.focus(); }
    });
  }

  function render(text) {
    var terms = words(text), mine = ++generation;
    if (terms.length === 0) {
      results.textContent = "";
      status.textContent = "";
      if (more) { more.hidden = true; }
      if (all) { all.hidden = false; }
      return;
    }
    if (!index) { failed(mine); return; }
    index.search(terms, function (error, found) {
      if (mine !== generation) { return; }
      if (error) { failed(mine); return; }
      hits = found;
      shown = 0;
      query = text;
      results.textContent = "";
      showMore(mine, false);
    });
  }

  input.form.hidden = false; // the page hides the form from a browser without JavaScript, where it could not search
  var initial = new URLSearchParams(window.location.search).get("q");
  if (initial) { input.value = initial; }
  input.addEventListener("input", function () { render(input.value); });
  input.form.addEventListener("submit", function (event) { event.preventDefault(); render(input.value); });
  if (more) { more.addEventListener("click", function () { showMore(generation, true); }); }
  render(input.value);
}());
