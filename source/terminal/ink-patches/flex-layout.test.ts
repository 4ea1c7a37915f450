// The layout engine against yoga itself: random trees are built twice, once of this engine's nodes
// and once of yoga's, by the same calls, laid out, and compared node by node. Trees of the kind the
// browser draws must be laid out by the engine (no yoga); any other tree by yoga, through the engine.
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import Yoga from 'yoga-layout';
import {runs} from '../../test-support/runs.js';
import {constants, createFlexLayout, type MeasureFunction, type YogaModule} from './flex-layout.js';

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

// NaN is how a length is unset.
const length = fc.oneof(fc.integer({min: 0, max: 4}), fc.constant(Number.NaN));
const edgeCall = (method: string, value: fc.Arbitrary<number> = length) =>
	fc.tuple(fc.constant(method), fc.constantFrom(...edges), value) as fc.Arbitrary<Call>;

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
	fc.constantFrom<Call>(['setMinWidth', 0], ['setMinHeight', 0]),
	fc.constantFrom<Call>(['setDirection', Yoga.DIRECTION_LTR], ['setDirection', Yoga.DIRECTION_INHERIT]),
	fc.constant<Call>(['setOverflow', Yoga.OVERFLOW_VISIBLE]),
	fc.constant<Call>(['setWidthAuto']),
	fc.constant<Call>(['setHeightAuto']),
	fc.constant<Call>(['setFlexBasis', Number.NaN]),
	fc.constant<Call>(['setGap', Gutter.All, 0]),
	fc.constantFrom<Call>(['setDisplay', Display.Flex], ['setDisplay', Display.None]),
);

/** What a leaf may have too and stay simple: Ink's Text is a row, and a leaf's alignment aligns nothing. */
const simpleLeafCall: fc.Arbitrary<Call> = fc.oneof(
	simpleCall,
	fc.constant<Call>(['setFlexDirection', FlexDirection.Row]),
	fc.constantFrom<Call>(['setAlignItems', Align.FlexStart], ['setAlignItems', Align.Center]),
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
 * Any call, percentages, fractions and flex bases too. Yoga's result for some of these depends on
 * what it laid out before (its cache: a fraction of a cell, a flex basis under a height set later),
 * so these are only compared on trees laid out once.
 */
const anyCall: fc.Arbitrary<Call> = fc.oneof(
	wholeCall,
	fc.constant<Call>(['setPositionType', Yoga.POSITION_TYPE_STATIC]),
	fc.constantFrom<Call>(
		['setAlignSelf', Align.Center],
		['setAlignSelf', Align.FlexStart],
		['setAlignSelf', Yoga.ALIGN_FLEX_END],
		['setAlignSelf', Align.Stretch],
	),
	fc.constantFrom<Call>(['setOverflow', Yoga.OVERFLOW_HIDDEN], ['setOverflow', Yoga.OVERFLOW_VISIBLE]),
	fc.constantFrom<Call>(['setDirection', Yoga.DIRECTION_RTL], ['setDirection', Yoga.DIRECTION_LTR]),
	fc.constantFrom<Call>(['setDisplay', Yoga.DISPLAY_CONTENTS]),
	fc.tuple(fc.constant('setMinWidth'), fc.integer({min: 1, max: 20})) as fc.Arbitrary<Call>,
	fc.tuple(fc.constant('setMaxWidth'), fc.integer({min: 0, max: 20})) as fc.Arbitrary<Call>,
	fc.tuple(fc.constant('setFlexBasis'), fc.integer({min: 0, max: 10})) as fc.Arbitrary<Call>,
	fc.tuple(fc.constant('setFlex'), fc.integer({min: 0, max: 2})) as fc.Arbitrary<Call>,
	fc.tuple(fc.constant('setPosition'), fc.constantFrom(...edges), fc.integer({min: 0, max: 3})) as fc.Arbitrary<Call>,
	edgeCall('setMargin', fc.integer({min: -3, max: -1})),
	fc.constant<Call>(['setMarginAuto', Edge.EDGE_LEFT]),
	fc.tuple(fc.constant('setWidthPercent'), fc.integer({min: 0, max: 100})) as fc.Arbitrary<Call>,
	fc.tuple(fc.constant('setMinHeightPercent'), fc.integer({min: 0, max: 100})) as fc.Arbitrary<Call>,
	edgeCall('setPaddingPercent', fc.integer({min: 0, max: 30})),
	edgeCall('setPadding', fc.constantFrom(0.5, 1.5)),
	edgeCall('setMarginPercent', fc.integer({min: 0, max: 30})),
	edgeCall('setPositionPercent', fc.integer({min: 0, max: 30})),
	fc.constantFrom<Call>(['setAlignContent', Align.Center], ['setFlexBasisAuto'], ['setAspectRatio', 2]),
	fc.tuple(
		fc.constantFrom(
			'setFlexBasisPercent',
			'setHeightPercent',
			'setMinWidthPercent',
			'setMaxWidthPercent',
			'setMaxHeightPercent',
			'setMaxHeight',
		),
		fc.integer({min: 0, max: 100}),
	) as fc.Arbitrary<Call>,
);

const text: fc.Arbitrary<Text> = fc.record({
	length: fc.integer({min: 0, max: 40}),
	lines: fc.integer({min: 1, max: 3}),
});

function trees(call: fc.Arbitrary<Call>, leafCall: fc.Arbitrary<Call> = call): fc.Arbitrary<Tree> {
	const {tree} = fc.letrec<{tree: Tree}>((tie) => ({
		tree: fc.oneof(
			{depthSize: 'small', withCrossShrink: true},
			fc.record({calls: fc.array(leafCall, {maxLength: 4}), text, children: fc.constant([])}),
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
			fc.property(trees(simpleCall, simpleLeafCall), width, (tree, columns) => {
				const {ours, theirs, counts} = both(tree, columns);
				expect(ours).toEqual(theirs);
				// Everything simple fits the width here, or yoga is asked (a margin wider than the root).
				return counts.simple + counts.yoga === 1;
			}),
			{numRuns: runs(2000)},
		);
	});

	test('does not give yoga a simple tree that fits its width', () => {
		fc.assert(
			fc.property(trees(simpleCall, simpleLeafCall), (tree) => {
				const {counts} = both(tree, 1000);
				expect(counts).toEqual({simple: 1, yoga: 0});
			}),
			{numRuns: runs(500)},
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
			{numRuns: runs(1500)},
		);
		// The generator does reach yoga: most of these trees have a row, a height or a percentage.
		expect(given).toBeGreaterThan(runs(1500) / 3);
	});

	test('a simple tree with one call the engine does not do is laid out as yoga lays it out', () => {
		fc.assert(
			fc.property(trees(simpleCall, simpleLeafCall), width, fc.nat(), anyCall, (tree, columns, where, extra) => {
				// The call goes to one node, chosen depth first.
				const all: Tree[] = [];
				const walk = (node: Tree): void => {
					all.push(node);
					for (const child of node.children) walk(child);
				};
				walk(tree);
				const target = all[where % all.length];
				const withExtra = (node: Tree): Tree => ({
					...node,
					calls: node === target ? [...node.calls, extra] : node.calls,
					children: node.children.map(withExtra),
				});
				const {ours, theirs} = both(withExtra(tree), columns);
				expect(ours).toEqual(theirs);
			}),
			{numRuns: runs(3000)},
		);
	});

	test("a layout given a size or a direction is yoga's, with yoga's result", () => {
		fc.assert(
			fc.property(
				trees(simpleCall, simpleLeafCall),
				width,
				fc.constantFrom<[number | undefined, number | undefined, number]>(
					[30, undefined, Yoga.DIRECTION_LTR],
					[undefined, 10, Yoga.DIRECTION_LTR],
					[undefined, undefined, Yoga.DIRECTION_RTL],
				),
				(tree, columns, [available, tall, direction]) => {
					const layout = engine();
					const ours = build(tree, () => layout.Node.create() as unknown as AnyNode, columns);
					const theirs = build(tree, () => Yoga.Node.create() as unknown as AnyNode, columns);
					ours.calculateLayout(available, tall, direction);
					theirs.calculateLayout(available, tall, direction);
					expect(layouts(ours)).toEqual(layouts(theirs));
					expect(layout.counts()).toEqual({simple: 0, yoga: 1});
				},
			),
			{numRuns: runs(300)},
		);
	});

	test('the tree: children in order, their parent, and what yoga refuses', () => {
		const layout = engine();
		const [root, first, second, text] = [0, 1, 2, 3].map(() => layout.Node.create());
		if (!root || !first || !second || !text) throw new Error('four nodes');
		root.insertChild(second, 0);
		root.insertChild(first, 0);
		expect([root.getChild(0), root.getChild(1), root.getChildCount()]).toEqual([first, second, 2]);
		expect(first.getParent()).toBe(root);
		// Removing a node that is not a child changes nothing.
		root.removeChild(text);
		expect(root.getChildCount()).toBe(2);
		root.removeChild(first);
		expect([root.getChild(0), root.getChildCount(), first.getParent()]).toEqual([second, 1, undefined]);
		text.setMeasureFunc(() => ({width: 1, height: 1}));
		expect(() => text.insertChild(first, 0)).toThrow('a node with a measure function cannot have children');
		expect(() => root.setMeasureFunc(() => ({width: 1, height: 1}))).toThrow(
			'a node with children cannot have a measure function',
		);
		expect(() => (root as unknown as {set(method: string, args: unknown[]): void}).set('setNothing', [])).toThrow(
			'setNothing is not a style',
		);
		text.unsetMeasureFunc();
		text.insertChild(first, 0);
		expect(text.getChildCount()).toBe(1);
		// Before any layout, as yoga: no size yet.
		expect([text.getComputedLeft(), text.getComputedWidth(), text.getComputedHeight()]).toEqual([
			0,
			Number.NaN,
			Number.NaN,
		]);
	});

	test('an error while measuring is not taken for a tree to give to yoga: it is thrown', () => {
		const layout = engine();
		const root = layout.Node.create();
		root.setWidth(10);
		const text = layout.Node.create();
		text.setMeasureFunc(() => {
			throw new Error('measure failed');
		});
		root.insertChild(text, 0);
		expect(() => root.calculateLayout(undefined, undefined, Yoga.DIRECTION_LTR)).toThrow('measure failed');
		expect(layout.counts()).toEqual({simple: 0, yoga: 0});
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
		// Compared with yoga laying out the tree as it stands, built anew: yoga's own cache can keep
		// a size from before a change (an absolute child of height 0 keeps its width when its parent
		// widens: 4 where a fresh layout gives 5), and the engine must give the fresh layout.
		const nodes = (root: AnyNode): AnyNode[] => [
			root,
			...Array.from({length: root.getChildCount()}, (_, index) => nodes(root.getChild(index))).flat(),
		];
		const change = (root: AnyNode, [which, where, [method, ...args]]: readonly [number, number, Call]) => {
			const all = nodes(root);
			const node = all[which % all.length] as AnyNode;
			if (where % 3 === 0 && node.getChildCount() > 1) {
				// Move the first child to the end.
				const first = node.getChild(0);
				(node.removeChild as (child: AnyNode) => void)(first);
				node.insertChild(first, node.getChildCount());
			} else (node[method] as (...values: unknown[]) => void)(...args);
		};
		fc.assert(
			fc.property(
				trees(simpleCall),
				fc.array(fc.tuple(fc.nat(), fc.nat(), wholeCall), {maxLength: 6}),
				width,
				(tree, changes, columns) => {
					const layout = engine();
					const ours = build(tree, () => layout.Node.create() as unknown as AnyNode, columns);
					ours.calculateLayout(undefined, undefined, Yoga.DIRECTION_LTR);
					changes.forEach((step, index) => {
						change(ours, step);
						ours.calculateLayout(undefined, undefined, Yoga.DIRECTION_LTR);
						const theirs = build(tree, () => Yoga.Node.create() as unknown as AnyNode, columns);
						for (const earlier of changes.slice(0, index + 1)) change(theirs, earlier);
						theirs.calculateLayout(undefined, undefined, Yoga.DIRECTION_LTR);
						expect(layouts(ours)).toEqual(layouts(theirs));
					});
				},
			),
			{numRuns: runs(500)},
		);
	});

	test("yoga's own cache keeps an absolute child's width when its parent widens; the engine lays it out afresh", () => {
		const layout = engine();
		const make = (create: () => AnyNode) => {
			const root = create();
			(root.setWidth as (value: number) => void)(60);
			const child = create();
			(child.setMargin as (edge: number, value: number) => void)(Edge.EDGE_LEFT, 2);
			child.setMeasureFunc(measureOf({length: 5, lines: 1}));
			root.insertChild(child, 0);
			return {root, child};
		};
		const ours = make(() => layout.Node.create() as unknown as AnyNode);
		const theirs = make(() => Yoga.Node.create() as unknown as AnyNode);
		for (const {root, child} of [ours, theirs]) {
			root.calculateLayout(undefined, undefined, Yoga.DIRECTION_LTR);
			(child.setPositionType as (type: number) => void)(PositionType.Absolute);
			(root.setWidth as (value: number) => void)(6);
			root.calculateLayout(undefined, undefined, Yoga.DIRECTION_LTR);
			(child.setHeight as (value: number) => void)(0);
			root.calculateLayout(undefined, undefined, Yoga.DIRECTION_LTR);
			(root.setWidth as (value: number) => void)(7);
			root.calculateLayout(undefined, undefined, Yoga.DIRECTION_LTR);
		}
		// Room for 5 beside the margin of 2: yoga, from its cache, still says 4.
		expect(ours.child.getComputedWidth()).toBe(5);
		expect(theirs.child.getComputedWidth()).toBe(4);
	});
});

test("the constants Ink reads on yoga's default export (Yoga.EDGE_LEFT) are yoga's own", () => {
	const {Config: _config, Node: _node, ...theirs} = Yoga as unknown as Record<string, unknown>;
	expect(constants).toEqual(theirs);
	expect(constants.FLEX_DIRECTION_ROW_REVERSE).toBe(Yoga.FLEX_DIRECTION_ROW_REVERSE);
});
