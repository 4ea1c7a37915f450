// The layout engine against yoga itself: random trees are built twice, once of this engine's nodes
// and once of yoga's, by the same calls, laid out, and compared node by node. Trees of the kind the
// browser draws must be laid out by the engine (no yoga); any other tree by yoga, through the engine.
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import Yoga from 'yoga-layout';
import {createFlexLayout, type MeasureFunction, type YogaModule} from './flex-layout.js';

const {Align, Display, Edge, FlexDirection, Gutter, Justify, PositionType, Wrap} = {
	Align: {
		Auto: Yoga.ALIGN_AUTO,
		Stretch: Yoga.ALIGN_STRETCH,
		FlexStart: Yoga.ALIGN_FLEX_START,
		Center: Yoga.ALIGN_CENTER,
	},
	Display: {Flex: Yoga.DISPLAY_FLEX, None: Yoga.DISPLAY_NONE},
	Edge: Yoga,
	FlexDirection: {Row: Yoga.FLEX_DIRECTION_ROW, Column: Yoga.FLEX_DIRECTION_COLUMN},
	Gutter: {All: Yoga.GUTTER_ALL},
	Justify: {FlexStart: Yoga.JUSTIFY_FLEX_START, Center: Yoga.JUSTIFY_CENTER},
	PositionType: {Relative: Yoga.POSITION_TYPE_RELATIVE, Absolute: Yoga.POSITION_TYPE_ABSOLUTE},
	Wrap: {NoWrap: Yoga.WRAP_NO_WRAP, Wrap: Yoga.WRAP_WRAP},
};
const edges = [
	Edge.EDGE_LEFT,
	Edge.EDGE_TOP,
	Edge.EDGE_RIGHT,
	Edge.EDGE_BOTTOM,
	Edge.EDGE_START,
	Edge.EDGE_END,
	Edge.EDGE_HORIZONTAL,
	Edge.EDGE_VERTICAL,
	Edge.EDGE_ALL,
];

/** A style call, as Ink makes them: a method and its arguments. */
type Call = readonly [string, ...unknown[]];

/** A text of `length` cells and `lines` lines, measured as Ink measures text: wrapped to the width it gets. */
type Text = {readonly length: number; readonly lines: number};

type Tree = {readonly calls: readonly Call[]; readonly text?: Text; readonly children: readonly Tree[]};

function measureOf(text: Text): MeasureFunction {
	return (width) => {
		// Yoga asks with NaN for "as wide as it likes".
		if (!(width < text.length)) return {width: text.length, height: text.lines};
		const perLine = Math.max(1, Math.floor(width));
		return {width: Math.min(text.length, perLine), height: Math.ceil(text.length / perLine) * text.lines};
	};
}

const length = fc.integer({min: 0, max: 4});
const edgeCall = (method: string) =>
	fc.tuple(fc.constant(method), fc.constantFrom(...edges), length) as fc.Arbitrary<Call>;

/** Calls within what the engine lays out itself (the browser's kind of tree). */
const simpleCall: fc.Arbitrary<Call> = fc.oneof(
	edgeCall('setMargin'),
	edgeCall('setPadding'),
	edgeCall('setBorder'),
	fc.constant<Call>(['setFlexDirection', FlexDirection.Column]),
	fc.constant<Call>(['setFlexWrap', Wrap.NoWrap]),
	fc.tuple(fc.constant('setFlexGrow'), fc.integer({min: 0, max: 2})) as fc.Arbitrary<Call>,
	fc.tuple(fc.constant('setFlexShrink'), fc.integer({min: 0, max: 2})) as fc.Arbitrary<Call>,
	fc.constant<Call>(['setAlignSelf', Align.Auto]),
	fc.constant<Call>(['setAlignItems', Align.Stretch]),
	fc.constant<Call>(['setJustifyContent', Justify.FlexStart]),
	fc.constant<Call>(['setPositionType', PositionType.Relative]),
	fc.constant<Call>(['setMinWidth', 0]),
	fc.constant<Call>(['setWidthAuto']),
	fc.constant<Call>(['setHeightAuto']),
	fc.constant<Call>(['setFlexBasis', Number.NaN]),
	fc.constant<Call>(['setGap', Gutter.All, 0]),
	fc.constantFrom<Call>(['setDisplay', Display.Flex], ['setDisplay', Display.None]),
);

/** Any call Ink makes in whole cells, the ones the engine gives to yoga included. */
const wholeCall: fc.Arbitrary<Call> = fc.oneof(
	simpleCall,
	fc.constantFrom<Call>(['setFlexDirection', FlexDirection.Row], ['setFlexDirection', FlexDirection.Column]),
	fc.constantFrom<Call>(['setAlignItems', Align.Center], ['setAlignItems', Align.FlexStart]),
	fc.constant<Call>(['setJustifyContent', Justify.Center]),
	fc.tuple(fc.constant('setWidth'), fc.integer({min: 0, max: 30})) as fc.Arbitrary<Call>,
	fc.tuple(fc.constant('setHeight'), fc.integer({min: 0, max: 12})) as fc.Arbitrary<Call>,
	fc.tuple(fc.constant('setMinHeight'), fc.integer({min: 0, max: 5})) as fc.Arbitrary<Call>,
	fc.tuple(fc.constant('setGap'), fc.constant(Gutter.All), length) as fc.Arbitrary<Call>,
	fc.constant<Call>(['setPositionType', PositionType.Absolute]),
	fc.constant<Call>(['setFlexWrap', Wrap.Wrap]),
);

/**
 * Any call, percentages too. Yoga's result for a fraction of a cell depends on what it laid out
 * before (its cache), so these are only compared on trees laid out once.
 */
const anyCall: fc.Arbitrary<Call> = fc.oneof(
	wholeCall,
	fc.tuple(fc.constant('setWidthPercent'), fc.integer({min: 0, max: 100})) as fc.Arbitrary<Call>,
);

const text: fc.Arbitrary<Text> = fc.record({
	length: fc.integer({min: 0, max: 40}),
	lines: fc.integer({min: 1, max: 3}),
});

function trees(call: fc.Arbitrary<Call>): fc.Arbitrary<Tree> {
	const {tree} = fc.letrec<{tree: Tree}>((tie) => ({
		tree: fc.oneof(
			{depthSize: 'small', withCrossShrink: true},
			fc.record({calls: fc.array(call, {maxLength: 4}), text, children: fc.constant([])}),
			fc.record({
				calls: fc.array(call, {maxLength: 4}),
				children: fc.array(tie('tree'), {maxLength: 4}),
			}),
		),
	}));
	return tree;
}

type AnyNode = {[method: string]: unknown} & {
	insertChild(child: AnyNode, index: number): void;
	setMeasureFunc(measure: MeasureFunction): void;
	calculateLayout(width: number | undefined, height: number | undefined, direction: number): void;
	getComputedLeft(): number;
	getComputedTop(): number;
	getComputedWidth(): number;
	getComputedHeight(): number;
	getComputedPadding(edge: number): number;
	getComputedBorder(edge: number): number;
	getChildCount(): number;
	getChild(index: number): AnyNode;
};

/** Builds a tree of nodes made by `create`: the root is `width` wide, as Ink's root is the terminal's. */
function build(tree: Tree, create: () => AnyNode, width?: number): AnyNode {
	const node = create();
	for (const [method, ...args] of tree.calls) (node[method] as (...values: unknown[]) => void)(...args);
	if (width !== undefined) (node.setWidth as (value: number) => void)(width);
	if (tree.text) node.setMeasureFunc(measureOf(tree.text));
	tree.children.forEach((child, index) => {
		node.insertChild(build(child, create), index);
	});
	return node;
}

/**
 * Every node's box, padding and border, depth first; not what is inside a node not displayed,
 * which Ink never reads and yoga leaves as it was (a child moved in there keeps an empty layout).
 */
function layouts(node: AnyNode): unknown[] {
	const edge = (get: (edge: number) => number) =>
		[Edge.EDGE_LEFT, Edge.EDGE_TOP, Edge.EDGE_RIGHT, Edge.EDGE_BOTTOM].map(get);
	const own = {
		left: node.getComputedLeft(),
		top: node.getComputedTop(),
		width: node.getComputedWidth(),
		height: node.getComputedHeight(),
		padding: edge((at) => node.getComputedPadding(at)),
		border: edge((at) => node.getComputedBorder(at)),
	};
	const hidden = (node.getDisplay as () => number)() === Display.None;
	const children = hidden
		? []
		: Array.from({length: node.getChildCount()}, (_, index) => layouts(node.getChild(index)));
	return [own, ...children];
}

function engine() {
	return createFlexLayout(() => Yoga as unknown as YogaModule);
}

function both(tree: Tree, width: number) {
	const layout = engine();
	const ours = build(tree, () => layout.Node.create() as unknown as AnyNode, width);
	const theirs = build(tree, () => Yoga.Node.create() as unknown as AnyNode, width);
	ours.calculateLayout(undefined, undefined, Yoga.DIRECTION_LTR);
	theirs.calculateLayout(undefined, undefined, Yoga.DIRECTION_LTR);
	return {ours: layouts(ours), theirs: layouts(theirs), counts: layout.counts()};
}

const width = fc.integer({min: 0, max: 60});

describe('the layout engine standing in for yoga', () => {
	test('lays out the browser kind of tree itself, exactly as yoga does', () => {
		fc.assert(
			fc.property(trees(simpleCall), width, (tree, columns) => {
				const {ours, theirs, counts} = both(tree, columns);
				expect(ours).toEqual(theirs);
				// Everything simple fits the width here, or yoga is asked (a margin wider than the root).
				return counts.simple + counts.yoga === 1;
			}),
			{numRuns: 2000},
		);
	});

	test('does not give yoga a simple tree that fits its width', () => {
		fc.assert(
			fc.property(trees(simpleCall), (tree) => {
				// A root not displayed is left to yoga.
				const display = tree.calls.filter(([method]) => method === 'setDisplay').at(-1);
				fc.pre(display?.[1] !== Display.None);
				const {counts} = both(tree, 1000);
				expect(counts).toEqual({simple: 1, yoga: 0});
			}),
			{numRuns: 500},
		);
	});

	test('any other tree is laid out by yoga, with the same result as yoga alone', () => {
		let given = 0;
		fc.assert(
			fc.property(trees(anyCall), width, (tree, columns) => {
				const {ours, theirs, counts} = both(tree, columns);
				expect(ours).toEqual(theirs);
				given += counts.yoga;
			}),
			{numRuns: 1500},
		);
		// The generator does reach yoga: most of these trees have a row, a height or a percentage.
		expect(given).toBeGreaterThan(500);
	});

	test("the browser's tree: Ink's root, a column, a line of text a child", () => {
		const layout = engine();
		const root = layout.Node.create();
		root.setWidth(80);
		const column = layout.Node.create();
		column.setFlexDirection(FlexDirection.Column);
		root.insertChild(column, 0);
		for (let index = 0; index < 3; index++) {
			const line = layout.Node.create();
			line.setFlexDirection(FlexDirection.Row);
			line.setFlexGrow(0);
			line.setFlexShrink(1);
			line.setMeasureFunc(measureOf({length: 10 * index, lines: 1}));
			column.insertChild(line, index);
		}
		root.calculateLayout(undefined, undefined, Yoga.DIRECTION_LTR);
		expect(layout.counts()).toEqual({simple: 1, yoga: 0});
		expect(column.getComputedWidth()).toBe(80);
		expect([0, 1, 2].map((index) => column.getChild(index)?.getComputedTop())).toEqual([0, 1, 2]);
		expect(column.getChild(2)?.getComputedWidth()).toBe(80);
		expect(root.getComputedHeight()).toBe(3);
	});

	test('a tree changed between layouts (children moved, hidden, restyled) is laid out afresh', () => {
		fc.assert(
			fc.property(
				trees(simpleCall),
				fc.array(fc.tuple(fc.nat(), fc.nat(), wholeCall), {maxLength: 6}),
				width,
				(tree, changes, columns) => {
					const layout = engine();
					const ours = build(tree, () => layout.Node.create() as unknown as AnyNode, columns);
					const theirs = build(tree, () => Yoga.Node.create() as unknown as AnyNode, columns);
					const nodes = (root: AnyNode): AnyNode[] => [
						root,
						...Array.from({length: root.getChildCount()}, (_, index) => nodes(root.getChild(index))).flat(),
					];
					for (const [which, where, [method, ...args]] of changes) {
						for (const root of [ours, theirs]) {
							const all = nodes(root);
							const node = all[which % all.length] as AnyNode;
							if (where % 3 === 0 && node.getChildCount() > 1) {
								// Move the first child to the end.
								const first = node.getChild(0);
								(node.removeChild as (child: AnyNode) => void)(first);
								node.insertChild(first, node.getChildCount());
							} else (node[method] as (...values: unknown[]) => void)(...args);
						}
						ours.calculateLayout(undefined, undefined, Yoga.DIRECTION_LTR);
						theirs.calculateLayout(undefined, undefined, Yoga.DIRECTION_LTR);
						expect(layouts(ours)).toEqual(layouts(theirs));
					}
				},
			),
			{numRuns: 500},
		);
	});
});
