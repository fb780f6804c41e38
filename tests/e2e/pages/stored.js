// What the app has stored, read straight from IndexedDB as the app reads it
// (ARCHITECTURE.md, "IndexedDB schema"): records in chunks, minus those
// marked deleted, plus the per-record overlay on top.

/** In-page: every kind's records (or only `only`'s), by store name. */
const READ = (only) =>
  new Promise((resolve, reject) => {
    const req = indexedDB.open('salesflow');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const has = (n) => db.objectStoreNames.contains(n);
      const kinds = [...db.objectStoreNames].filter((n) => !['meta', 'chunks', 'deleted'].includes(n) && (!only || n === only));
      const extra = ['chunks', 'deleted'].filter(has);
      if (kinds.length === 0) {
        db.close();
        resolve({});
        return;
      }
      const tx = db.transaction([...kinds, ...extra], 'readonly');
      const out = Object.fromEntries(kinds.map((k) => [k, new Map()]));
      const chunkKeys = has('chunks') && tx.objectStore('chunks').getAllKeys();
      const chunks = has('chunks') && tx.objectStore('chunks').getAll();
      const deleted = has('deleted') && tx.objectStore('deleted').getAllKeys();
      const overlay = kinds.map((k) => [k, tx.objectStore(k).getAll()]);
      tx.oncomplete = () => {
        const text = new TextDecoder();
        if (chunks) {
          chunkKeys.result.forEach(([kind], i) => {
            if (out[kind]) for (const r of JSON.parse(text.decode(chunks.result[i]))) out[kind].set(r.id, r);
          });
        }
        if (deleted) for (const [kind, id] of deleted.result) out[kind]?.delete(id);
        for (const [kind, r] of overlay) for (const x of r.result) out[kind].set(x.id, x);
        db.close();
        // In key (id) order, as a store's getAll returns them.
        const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
        resolve(Object.fromEntries(kinds.map((k) => [k, [...out[k].values()].sort(byId)])));
      };
      tx.onerror = () => reject(tx.error);
    };
  });

/** Every stored record, by store name. */
export const storedData = (page) => page.evaluate(READ, null);

/** Every stored record of one kind. */
export const storedKind = async (page, store) => (await page.evaluate(READ, store))[store] ?? [];
