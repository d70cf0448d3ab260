// Thirteenth round: pages that name Hugging Face papers outside HF's own listings. Model documentation (the
// transformers and diffusers docs, which link their papers to arXiv or to huggingface.co/papers) cites the paper in a
// sentence ("The BORT model was proposed in [Title](…) by Names.") and quotes its abstract under "The abstract from the
// paper is the following:", under headings of its own ("Overview"); a Chinese WeChat digest writes each paper as an
// id row ("01 · arXiv:2608.23927") over its title set apart in bold; a Chinese "newspaper" row names one author with
// a note in brackets. Provenance of the real files in test/fixtures/hf-pages-real/README.md; every figure was counted
// by hand in the file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readText } from '../../../ingest/sources';

const REAL_PAGES = join(__dirname, '../../fixtures/hf-pages-real');
const readPage = (name: string) => readText(readFileSync(join(REAL_PAGES, name), 'utf8'), name);

describe('model documentation citing its paper: "proposed in [Title](link) by Names", then its abstract quoted', () => {
  it('gives the cited paper under its own title, not the page\'s heading ("Overview"), with its two authors', () => {
    const { entries, format } = readPage('model-doc-cited.md');
    expect(format).toBe('hf-listing');
    // Was: one entry titled "Overview", without authors, its abstract the sentence that cites the paper.
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.authors, entry.authorsCount, entry.line])).toEqual([
      ['Optimal Subarchitecture Extraction for BERT', '2010.10499', ['Adrian de Wynter', 'Daniel J. Perry'], 2, 30],
    ]);
  });

  it('the paragraph under "The abstract from the paper is the following:" is the abstract, without its emphasis marks', () => {
    const [entry] = readPage('model-doc-cited.md').entries;
    expect(entry.abstract).toMatch(/^We extract an optimal subset of architectural parameters for the BERT architecture from Devlin et al\. \(2018\) by applying/);
    expect(entry.abstract).toMatch(/on multiple public natural language understanding \(NLU\) benchmarks\.$/);
  });

  it('a paper linked to its HF page: five authors, and the day it was released, not the day the library added it', () => {
    const { entries } = readPage('model-doc-released.md');
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.authorsCount, entry.date, entry.line])).toEqual([
      ['Descript Audio Codec: High-Fidelity Audio Compression with Improved RVQGAN', '2306.06546', 5, '2023-06-11', 9],
    ]);
    expect(entries[0].authors).toEqual(['Rithesh Kumar', 'Prem Seetharaman', 'Alejandro Luebs', 'Ishaan Kumar', 'Kundan Kumar']);
    expect(entries[0].abstract).toMatch(/^Language models have been successfully used to model natural signals, such as images, speech, and music\./);
    expect(entries[0].abstract).toMatch(/lay the foundation for the next generation of high-fidelity audio modeling\.$/);
  });

  it('authors written as links, after an aside (", a CVPR 2024 Oral paper by …"); the contributors listed below are no papers', () => {
    const { entries } = readPage('pipeline-doc-linked-names.md');
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.authorsCount, entry.line])).toEqual([
      ['Repurposing Diffusion-Based Image Generators for Monocular Depth Estimation', '2312.02145', 6, 5],
    ]);
    expect(entries[0].authors).toEqual(['Bingxin Ke', 'Anton Obukhov', 'Shengyu Huang', 'Nando Metzger', 'Rodrigo Caye Daudt', 'Konrad Schindler']);
    expect(entries[0].abstract).toMatch(/^Monocular depth estimation is a fundamental computer vision task\. Recovering 3D depth/);
    expect(entries[0].abstract).toMatch(/Project page: https:\/\/marigoldmonodepth\.github\.io\.$/);
  });
});

describe('a Chinese WeChat digest: "01 · arXiv:2608.23927" over "🔬 **Title**", keywords, Chinese notes, source links', () => {
  const { entries, format } = readPage('wechat-id-rows-zh.md');

  it('gives its four papers, each titled by the bold line under its id row (was: none)', () => {
    expect(format).toBe('hf-listing');
    expect(entries.map((entry) => [entry.title, entry.ids.arxiv, entry.line])).toEqual([
      ['GlanceWAM: Sparse Test-Time Imagination for World-Action Models', '2608.23927', 24],
      ['Act with Intent: Distilling Behavior Intent for Vision-Language-Action Models', '2608.23478', 42],
      ['DreamMimic: Learning Visuomotor Whole-Body Loco-Manipulation via World Model', '2608.22278', 60],
      ['GOLEM: Modular Humanoid Autonomy Towards Electric Vehicle Battery Disassembly', '2608.21550', 78],
    ]);
  });

  it('the items\' numbers are neither upvotes ("10") nor organisations ("02"), and the article\'s date is no paper\'s', () => {
    expect(entries.map((entry) => [entry.upvotes, entry.organisation, entry.date])).toEqual([
      [null, null, null], [null, null, null], [null, null, null], [null, null, null],
    ]);
  });

  it('the Chinese notes are the digest\'s words, not abstracts', () => {
    expect(entries.map((entry) => entry.abstract)).toEqual(['', '', '', '']);
  });
});
