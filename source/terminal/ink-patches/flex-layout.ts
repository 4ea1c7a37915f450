// Stands in for yoga-layout, Ink's layout engine, in the browser's bundle. Yoga is C++ compiled to
// WebAssembly: in the first frame, compiling it and laying out the first tree took ~27 ms and
// ~2 MiB of fresh memory (profiled, with page-fault counts), a sixth of the frame,
// to place one column of lines. This engine lays out, in JavaScript, the trees whose layout is
// that simple: columns whose height is their content's, children stretched across them, leaves
// measured by Ink, with margins, padding and borders in whole cells. That is every tree the
// browser draws. For any other tree (a row with children, a fixed height, a percentage, centring)
// it hands the tree to yoga itself, loaded on first need, and copies yoga's answer back: the
// list of comparisons (rows of an arrow and a label) is laid out by yoga, as before.
//
// What it must match is yoga's own result: flex-layout.test.ts lays out random trees both ways
// and compares every node's box. The nodes keep each style as the call that set it, so that the
// same calls can be made on yoga's nodes.
//
// yoga's enums come from yoga-layout/load, the entry that does not load the WebAssembly (the
// browser's bundle leaves out the loader it imports: see yogaStandIn in the build).
import {
	Align,
	BoxSizing,
	Dimension,
	Direction,
	Display,
	Edge,
	Errata,
	ExperimentalFeature,
	FlexDirection,
	Gutter,
	Justify,
	LogLevel,
	MeasureMode,
	NodeType,
	Overflow,
	PositionType,
	Unit,
	Wrap,
} from 'yoga-layout/load';

/**
 * yoga's constants as its default export has them and Ink reads them (Yoga.EDGE_LEFT,
 * Yoga.FLEX_DIRECTION_ROW): each member of each enum, named after both in capitals.
 */
export const constants: Readonly<Record<string, number>> = Object.fromEntries(
	Object.entries({
		Align,
		BoxSizing,
		Dimension,
		Direction,
		Display,
		Edge,
		Errata,
		ExperimentalFeature,
		FlexDirection,
		Gutter,
		Justify,
		LogLevel,
		MeasureMode,
		NodeType,
		Overflow,
		PositionType,
		Unit,
		Wrap,
	}).flatMap(([name, members]) =>
		Object.entries(members)
			.filter((entry): entry is [string, number] => typeof entry[1] === 'number')
			.map(([member, value]) => [`${capitals(name)}_${capitals(member)}`, value]),
	),
);

/** FlexDirection -> FLEX_DIRECTION, WrapReverse -> WRAP_REVERSE, LTR -> LTR. */
function capitals(name: string): string {
	return name.replace(/([a-z0-9])([A-Z])|([A-Z])([A-Z][a-z])/g, '$1$3_$2$4').toUpperCase();
}

/** What a leaf's measure function gets and gives, as in yoga. */
export type MeasureFunction = (
	width: number,
	widthMode: MeasureMode,
	height: number,
	heightMode: MeasureMode,
) => {width?: number; height?: number};

/** The part of yoga's node the fallback uses: any method by name, and the layout it computed. */
type YogaNode = {
	[method: string]: unknown;
	insertChild(child: YogaNode, index: number): void;
	setMeasureFunc(measure: MeasureFunction): void;
	calculateLayout(width: number | undefined, height: number | undefined, direction: Direction): void;
	getComputedLeft(): number;
	getComputedTop(): number;
	getComputedWidth(): number;
	getComputedHeight(): number;
	getComputedPadding(edge: Edge): number;
	getComputedBorder(edge: Edge): number;
	freeRecursive(): void;
};

/** yoga-layout's module, as far as the fallback needs it. */
export type YogaModule = {readonly Node: {create(): YogaNode}};

/** A style as the call that set it: replayed on a yoga node when yoga lays the tree out. */
type StyleCall = {readonly method: string; readonly args: readonly unknown[]};

// Setters by the style they set: setWidth, setWidthPercent and setWidthAuto all set the width.
const styleOf = {
	setFlexDirection: 'flexDirection',
	setAlignItems: 'alignItems',
	setAlignSelf: 'alignSelf',
	setAlignContent: 'alignContent',
	setJustifyContent: 'justifyContent',
	setFlexWrap: 'flexWrap',
	setFlexGrow: 'flexGrow',
	setFlexShrink: 'flexShrink',
	setFlex: 'flex',
	setFlexBasis: 'flexBasis',
	setFlexBasisPercent: 'flexBasis',
	setFlexBasisAuto: 'flexBasis',
	setWidth: 'width',
	setWidthPercent: 'width',
	setWidthAuto: 'width',
	setHeight: 'height',
	setHeightPercent: 'height',
	setHeightAuto: 'height',
	setMinWidth: 'minWidth',
	setMinWidthPercent: 'minWidth',
	setMinHeight: 'minHeight',
	setMinHeightPercent: 'minHeight',
	setMaxWidth: 'maxWidth',
	setMaxWidthPercent: 'maxWidth',
	setMaxHeight: 'maxHeight',
	setMaxHeightPercent: 'maxHeight',
	setAspectRatio: 'aspectRatio',
	setDisplay: 'display',
	setPositionType: 'positionType',
	setOverflow: 'overflow',
	setDirection: 'direction',
	setBoxSizing: 'boxSizing',
	// These take an edge (or a gutter) first: one style per edge.
	setMargin: 'margin',
	setMarginPercent: 'margin',
	setMarginAuto: 'margin',
	setPadding: 'padding',
	setPaddingPercent: 'padding',
	setBorder: 'border',
	setPosition: 'position',
	setPositionPercent: 'position',
	setPositionAuto: 'position',
	setGap: 'gap',
	setGapPercent: 'gap',
} as const satisfies Record<string, string>;
const byEdge = new Set(['margin', 'padding', 'border', 'position', 'gap']);

/** A node with its setters, which are made from styleOf: setWidth(80), setMargin(Edge.Left, 1), ... */
export type FlexNode = LayoutNode & {readonly [method in keyof typeof styleOf]: (...args: unknown[]) => void};

/** Thrown inside a layout this engine does not do; the tree then goes to yoga. */
class NotSimple extends Error {}

function notSimple(): never {
	throw new NotSimple();
}

/** A length this engine takes: a whole, non-negative number of cells (yoga's lengths are floats). */
function cells(value: unknown): number {
	if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) notSimple();
	return value;
}

/** The four physical edges [left, top, right, bottom] of a margin, padding or border, left to right. */
type Edges = readonly [number, number, number, number];
const noEdges: Edges = [0, 0, 0, 0];

/**
 * A node of the layout tree, with the methods Ink calls on yoga's (and the few next to them).
 * Styles are only recorded when set; they are read when the tree is laid out.
 */
export class LayoutNode {
	private readonly styles = new Map<string, StyleCall>();
	private readonly children: LayoutNode[] = [];
	private parent: LayoutNode | undefined;
	private measure: MeasureFunction | undefined;
	// As yoga's before any layout: no size yet.
	private layout = {left: 0, top: 0, width: Number.NaN, height: Number.NaN};
	private padding: Edges = noEdges;
	private border: Edges = noEdges;

	constructor(private readonly engine: Engine) {}

	private set(method: string, args: readonly unknown[]): void {
		const style = (styleOf as Record<string, string>)[method];
		if (!style) throw new Error(`flex-layout: ${method} is not a style`);
		this.styles.set(byEdge.has(style) ? `${style}:${String(args[0])}` : style, {method, args});
	}

	private value(style: string): unknown {
		const call = this.styles.get(style);
		// The Auto setters take no value: auto is not a length.
		return call
			? call.method.endsWith('Auto')
				? 'auto'
				: call.method.endsWith('Percent')
					? '%'
					: call.args.at(-1)
			: undefined;
	}

	// The setters, one for each entry of styleOf, each recording its call (typed by FlexNode).
	static {
		for (const method of Object.keys(styleOf)) {
			Object.defineProperty(LayoutNode.prototype, method, {
				value(this: LayoutNode, ...args: unknown[]) {
					this.set(method, args);
				},
			});
		}
	}

	getDisplay(): Display {
		return (this.value('display') as Display | undefined) ?? Display.Flex;
	}

	// The tree.
	insertChild(child: LayoutNode, index: number): void {
		if (this.measure) throw new Error('flex-layout: a node with a measure function cannot have children');
		child.parent = this;
		this.children.splice(index, 0, child);
	}
	removeChild(child: LayoutNode): void {
		const index = this.children.indexOf(child);
		if (index >= 0) this.children.splice(index, 1);
		child.parent = undefined;
	}
	getChildCount(): number {
		return this.children.length;
	}
	getChild(index: number): LayoutNode | undefined {
		return this.children[index];
	}
	getParent(): LayoutNode | undefined {
		return this.parent;
	}
	setMeasureFunc(measure: MeasureFunction | null | undefined): void {
		if (measure && this.children.length > 0) {
			throw new Error('flex-layout: a node with children cannot have a measure function');
		}
		this.measure = measure ?? undefined;
	}
	unsetMeasureFunc(): void {
		this.measure = undefined;
	}
	// Every layout measures again (a frame has a few dozen nodes): nothing to mark, nothing to free.
	markDirty(): void {}
	free(): void {}
	freeRecursive(): void {}

	// The layout, as yoga gives it: relative to the parent, padding and border by physical edge.
	getComputedLeft(): number {
		return this.layout.left;
	}
	getComputedTop(): number {
		return this.layout.top;
	}
	getComputedWidth(): number {
		return this.layout.width;
	}
	getComputedHeight(): number {
		return this.layout.height;
	}
	getComputedPadding(edge: Edge): number {
		return physical(this.padding, edge);
	}
	getComputedBorder(edge: Edge): number {
		return physical(this.border, edge);
	}

	/** Lays out the tree from this node, as yoga's calculateLayout(width, height, direction). */
	calculateLayout(width?: number, height?: number, direction: Direction = Direction.LTR): void {
		const unset = (value: number | undefined) => value === undefined || Number.isNaN(value);
		try {
			if (!unset(width) || !unset(height) || direction !== Direction.LTR) notSimple();
			this.layoutRoot();
			this.engine.simple++;
		} catch (error) {
			if (!(error instanceof NotSimple)) throw error;
			this.engine.yoga++;
			this.layoutWithYoga(width, height, direction);
		}
	}

	private layoutRoot(): void {
		this.check(true);
		const width = cells(this.value('width'));
		const [left, top] = this.edges('margin');
		this.layout = {left, top, width, height: this.place(width)};
	}

	/** Whether this node's styles are within what this engine lays out; throws NotSimple if not. */
	private check(root: boolean): void {
		for (const key of this.styles.keys()) {
			const style = key.split(':')[0] ?? '';
			const value = this.value(key);
			// Auto is the default of a width, a height and a flex basis, NaN of any length.
			const unset =
				value === undefined ||
				(typeof value === 'number' && Number.isNaN(value)) ||
				(value === 'auto' && ['width', 'height', 'flexBasis'].includes(style));
			switch (style) {
				case 'flexDirection':
					// A row lays its children side by side: only a row without children is simple.
					if (value !== FlexDirection.Column && !(value === FlexDirection.Row && this.children.length === 0))
						notSimple();
					break;
				case 'alignItems':
					if (value !== Align.Stretch && this.children.length > 0) notSimple();
					break;
				case 'alignSelf':
					if (value !== Align.Auto && value !== Align.Stretch) notSimple();
					break;
				case 'justifyContent':
					if (value !== Justify.FlexStart) notSimple();
					break;
				case 'flexWrap':
					if (value !== Wrap.NoWrap) notSimple();
					break;
				// In a column as tall as its content there is no space to grow into or shrink from.
				case 'flexGrow':
				case 'flexShrink':
					break;
				case 'display':
					if (value !== Display.Flex && value !== Display.None) notSimple();
					break;
				case 'positionType':
					if (value !== PositionType.Relative) notSimple();
					break;
				case 'direction':
					if (value !== Direction.LTR && value !== Direction.Inherit) notSimple();
					break;
				case 'overflow':
					if (value !== Overflow.Visible) notSimple();
					break;
				case 'width':
					// The root's width is the terminal's; any other width is not simple.
					if (!(root && typeof value === 'number') && !unset) notSimple();
					break;
				case 'minWidth':
				case 'minHeight':
					if (!(unset || value === 0)) notSimple();
					break;
				case 'margin':
				case 'padding':
				case 'border':
					if (!unset) cells(value);
					break;
				case 'gap':
					if (!(unset || value === 0)) notSimple();
					break;
				default:
					// height, flexBasis, maxWidth, maxHeight, position, aspectRatio, flex and the rest.
					if (!unset) notSimple();
			}
		}
	}

	/** The physical edges of a margin, padding or border, as yoga resolves them left to right. */
	private edges(style: 'margin' | 'padding' | 'border'): Edges {
		const at = (edge: Edge): number | undefined => {
			const value = this.value(`${style}:${edge}`);
			return typeof value === 'number' && !Number.isNaN(value) ? value : undefined;
		};
		const all = at(Edge.All) ?? 0;
		const horizontal = at(Edge.Horizontal) ?? all;
		const vertical = at(Edge.Vertical) ?? all;
		// Left to right, start is left and end is right, and they win over left and right.
		return [
			at(Edge.Start) ?? at(Edge.Left) ?? horizontal,
			at(Edge.Top) ?? vertical,
			at(Edge.End) ?? at(Edge.Right) ?? horizontal,
			at(Edge.Bottom) ?? vertical,
		];
	}

	/** Lays out this node at a width (its border box) and gives its height. */
	private place(width: number): number {
		const padding = this.edges('padding');
		const border = this.edges('border');
		this.padding = padding;
		this.border = border;
		const [paddingLeft, paddingTop, paddingRight, paddingBottom] = padding;
		const [borderLeft, borderTop, borderRight, borderBottom] = border;
		const inner = cells(width - paddingLeft - paddingRight - borderLeft - borderRight);
		let height = paddingTop + borderTop;
		if (this.measure) {
			height += cells(this.measure(inner, MeasureMode.Exactly, Number.NaN, MeasureMode.Undefined).height);
		} else {
			for (const child of this.children) {
				child.check(false);
				if (child.getDisplay() === Display.None) {
					child.hide();
					continue;
				}
				const [marginLeft, marginTop, marginRight, marginBottom] = child.edges('margin');
				const childWidth = cells(inner - marginLeft - marginRight);
				const top = height + marginTop;
				const childHeight = child.place(childWidth);
				child.layout = {left: paddingLeft + borderLeft + marginLeft, top, width: childWidth, height: childHeight};
				height = top + childHeight + marginBottom;
			}
		}
		return height + paddingBottom + borderBottom;
	}

	/** A node not displayed, and everything in it, has an empty layout, as in yoga. */
	private hide(): void {
		this.layout = {left: 0, top: 0, width: 0, height: 0};
		this.padding = noEdges;
		this.border = noEdges;
		for (const child of this.children) child.hide();
	}

	/** Lays the tree out with yoga: the same tree of yoga nodes, the same calls, the layout copied back. */
	private layoutWithYoga(width: number | undefined, height: number | undefined, direction: Direction): void {
		const yoga = this.engine.loadYoga();
		const pairs: [LayoutNode, YogaNode][] = [];
		const build = (node: LayoutNode): YogaNode => {
			const twin = yoga.Node.create();
			for (const {method, args} of node.styles.values()) (twin[method] as (...values: unknown[]) => void)(...args);
			if (node.measure) twin.setMeasureFunc(node.measure);
			node.children.forEach((child, index) => {
				twin.insertChild(build(child), index);
			});
			pairs.push([node, twin]);
			return twin;
		};
		const root = build(this);
		try {
			root.calculateLayout(width, height, direction);
			for (const [node, twin] of pairs) {
				node.layout = {
					left: twin.getComputedLeft(),
					top: twin.getComputedTop(),
					width: twin.getComputedWidth(),
					height: twin.getComputedHeight(),
				};
				const edges = (get: (edge: Edge) => number): Edges => [
					get(Edge.Left),
					get(Edge.Top),
					get(Edge.Right),
					get(Edge.Bottom),
				];
				node.padding = edges((edge) => twin.getComputedPadding(edge));
				node.border = edges((edge) => twin.getComputedBorder(edge));
			}
		} finally {
			root.freeRecursive();
		}
	}
}

function physical(edges: Edges, edge: Edge): number {
	switch (edge) {
		case Edge.Left:
		case Edge.Start:
			return edges[0];
		case Edge.Top:
			return edges[1];
		case Edge.Right:
		case Edge.End:
			return edges[2];
		case Edge.Bottom:
			return edges[3];
		default:
			return 0;
	}
}

/** How many layouts this engine did itself, and how many it gave to yoga. */
type Engine = {simple: number; yoga: number; readonly loadYoga: () => YogaModule};

/** The stand-in for yoga-layout's default export: its enums, and nodes laid out here or by yoga. */
export function createFlexLayout(loadYoga: () => YogaModule) {
	let yoga: YogaModule | undefined;
	const engine: Engine = {simple: 0, yoga: 0, loadYoga: () => (yoga ??= loadYoga())};
	return {
		...constants,
		Node: {create: () => new LayoutNode(engine) as FlexNode},
		/** Layouts done here and by yoga so far (for the tests). */
		counts: () => ({simple: engine.simple, yoga: engine.yoga}),
	};
}
