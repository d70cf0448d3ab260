// Candidate phrases found by their stem ids: a trie held as one open-addressing hash table of typed arrays.
import { grownTo } from './growable';

/**
 * The phrase trie over stem ids, held as one open-addressing hash table of edges (parent node, stem) → child node plus
 * a node → phrase id array, all typed arrays. Hand-written for speed: a Map per trie node meant hundreds of thousands of
 * live Maps on 20k papers (garbage-collector marking work, and a hash probe per word through scattered memory); here a
 * step is one probe into flat arrays (one read for the root's) and the table is a handful of objects. Node 0 is the root.
 */
export class PhraseTrie {
  private parents = new Int32Array(1 << 16);
  private stems = new Int32Array(1 << 16);
  /** Child node id + 1 per slot; 0 marks an empty slot. */
  private children = new Int32Array(1 << 16);
  private edges = 0;
  /**
   * The root's children by stem (child id + 1; 0: none), outside the hash table: every walk starts at the root, and a
   * candidate's sub-phrases make most walks one or two steps long, so a direct read there saves most of the probes.
   */
  private rootChildren = new Int32Array(1 << 12);
  /** Phrase id of each node's path from the root, -1 if that path is no phrase yet. */
  phraseOf = new Int32Array(1 << 16).fill(-1);
  private nodes = 1;

  /** The child of `node` along `stem`, created when missing. */
  step(node: number, stem: number): number {
    if (node === 0) {
      if (stem < this.rootChildren.length && this.rootChildren[stem] !== 0) return this.rootChildren[stem] - 1;
      if (stem >= this.rootChildren.length) this.rootChildren = grownTo(this.rootChildren, stem + 1);
      const child = this.newNode();
      this.rootChildren[stem] = child + 1;
      return child;
    }
    let mask = this.children.length - 1;
    let slot = (Math.imul(node, 0x9e3779b1) ^ Math.imul(stem, 0x85ebca77)) & mask;
    for (;;) {
      const child = this.children[slot];
      if (child === 0) break;
      if (this.parents[slot] === node && this.stems[slot] === stem) return child - 1;
      slot = (slot + 1) & mask;
    }
    // Missing: add the edge (growing first keeps the load factor under one half, so probes stay short).
    if ((this.edges + 1) * 2 > this.children.length) {
      this.grow();
      mask = this.children.length - 1;
      slot = (Math.imul(node, 0x9e3779b1) ^ Math.imul(stem, 0x85ebca77)) & mask;
      while (this.children[slot] !== 0) slot = (slot + 1) & mask;
    }
    const child = this.newNode();
    this.parents[slot] = node;
    this.stems[slot] = stem;
    this.children[slot] = child + 1;
    this.edges++;
    return child;
  }

  private newNode(): number {
    const child = this.nodes++;
    if (child >= this.phraseOf.length) {
      const bigger = new Int32Array(this.phraseOf.length * 2).fill(-1);
      bigger.set(this.phraseOf);
      this.phraseOf = bigger;
    }
    return child;
  }

  /** Empties the trie, keeping its tables (a collector of many slices reuses one: see candidates.ts). */
  clear(): void {
    if (this.nodes === 1) return;
    this.children.fill(0);
    this.rootChildren.fill(0);
    this.phraseOf.fill(-1, 0, this.nodes);
    this.edges = 0;
    this.nodes = 1;
  }

  private grow(): void {
    const { parents, stems, children } = this;
    const size = children.length * 2;
    const mask = size - 1;
    this.parents = new Int32Array(size);
    this.stems = new Int32Array(size);
    this.children = new Int32Array(size);
    for (let k = 0; k < children.length; k++) {
      if (children[k] === 0) continue;
      let slot = (Math.imul(parents[k], 0x9e3779b1) ^ Math.imul(stems[k], 0x85ebca77)) & mask;
      while (this.children[slot] !== 0) slot = (slot + 1) & mask;
      this.parents[slot] = parents[k];
      this.stems[slot] = stems[k];
      this.children[slot] = children[k];
    }
  }
}
