// Stands in for react-devtools-core, an optional peer of Ink that tradeoff never uses.
export default {
	initialize(): void {},
	connectToDevTools(): void {},
};
