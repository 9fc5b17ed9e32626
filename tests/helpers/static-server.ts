/** A small static file server for the built site, as a static host such as GitHub Pages serves it. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.png': 'image/png',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain; charset=utf-8',
};

export interface RunningServer {
	url: string;
	close: () => Promise<void>;
}

export function serveStatic(root: string, port = 0): Promise<RunningServer> {
	const server: Server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		let file = normalize(join(root, path));
		if (!file.startsWith(root)) {
			response.writeHead(403).end();
			return;
		}
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		const found = existsSync(file);
		if (!found) file = join(root, '404.html');
		// Cached for 10 minutes, as GitHub Pages does: a page that asks twice for one file (the two
		// Pagefind instances of the search page) gets it once.
		response.writeHead(found ? 200 : 404, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'cache-control': 'public, max-age=600',
		});
		createReadStream(file).pipe(response);
	});
	return new Promise((resolve) => {
		server.listen(port, '127.0.0.1', () => {
			const address = server.address();
			const actual = typeof address === 'object' && address ? address.port : port;
			resolve({
				url: `http://127.0.0.1:${actual}`,
				close: () => new Promise((done) => server.close(() => done())),
			});
		});
	});
}
