	
value	= 'unterminated
